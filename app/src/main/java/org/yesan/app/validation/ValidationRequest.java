package org.yesan.app.validation;

import org.yesan.query.QueryException;

/** Which dataset to reconcile with itself and with the totals it should meet. */
public record ValidationRequest(String dataset) {

  public ValidationRequest {
    if (dataset.isBlank()) {
      throw new QueryException("dataset", 0, "expected a dataset's name, found nothing");
    }
  }
}
