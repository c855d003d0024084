package org.yesan.claims.text;

import java.util.List;
import java.util.Optional;

/** What {@link ClaimExtractor} read from one text: its date and its claims, in text order. */
public record Extraction(Optional<DocumentDate> date, List<Claim> claims) {

  public Extraction {
    claims = List.copyOf(claims);
  }
}
