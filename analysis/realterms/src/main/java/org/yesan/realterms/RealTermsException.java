package org.yesan.realterms;

import org.yesan.failure.YesanException;

/** A conversion that cannot be made with the series given, said in one line. */
public class RealTermsException extends YesanException {

  private static final long serialVersionUID = 1L;

  public RealTermsException(String message) {
    super(message);
  }

  @Override
  public Kind kind() {
    return Kind.QUERY;
  }
}
