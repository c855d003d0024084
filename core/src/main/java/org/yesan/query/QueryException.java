package org.yesan.query;

import org.yesan.failure.YesanException;

/**
 * A query that cannot be answered as written: names the parameter, the 1-based character position
 * in it (0 when the whole parameter is at fault) and what is wrong.
 */
public final class QueryException extends YesanException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final int position;

  public QueryException(String parameter, int position, String message) {
    super(parameter + (position > 0 ? " at " + position : "") + ": " + message);
    this.parameter = parameter;
    this.position = position;
  }

  public String parameter() {
    return parameter;
  }

  public int position() {
    return position;
  }

  @Override
  public Kind kind() {
    return Kind.QUERY;
  }
}
