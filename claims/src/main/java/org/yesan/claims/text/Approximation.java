package org.yesan.claims.text;

/** How the text qualifies a figure: exactly, about, more or less than, nearly, up to. */
public enum Approximation {
  /** No qualifier: the figure is a rounding of the true value. */
  EXACT,
  /** 약, about, around, 가량, 정도: within a few percent either way. */
  ABOUT,
  /** over, more than, 초과, 넘는, 여 (1조여 원): above the figure. */
  OVER,
  /** at least, 이상: the figure or above. */
  AT_LEAST,
  /** under, less than, 미만: below the figure. */
  UNDER,
  /** up to, at most, 이하, 최대: the figure or below. */
  AT_MOST,
  /** nearly, almost, 거의, 육박: somewhat below the figure, close to it. */
  NEARLY
}
