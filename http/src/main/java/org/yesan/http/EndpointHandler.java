package org.yesan.http;

/** Answers one request to an endpoint; exceptions become problem details (see docs/api.md). */
@FunctionalInterface
public interface EndpointHandler {

  Reply handle(ApiRequest request);
}
