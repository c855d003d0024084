package org.yesan.realterms;

/** A conversion that cannot be made with the series given, said in one line. */
public class RealTermsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RealTermsException(String message) {
    super(message);
  }
}
