package org.yesan.targets;

import java.util.Objects;

/** Where a figure or date was published: the page's address, its publisher and the page's date. */
public record Source(String url, String publisher, LooseDate published) {

  public Source {
    Objects.requireNonNull(published, "published");
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new IllegalArgumentException("a source address starting with http(s)://: " + url);
    }
    if (publisher == null || publisher.isBlank()) {
      throw new IllegalArgumentException("a publisher for " + url);
    }
  }

  /** The source as it is cited after a figure: publisher, date and address. */
  public String citation() {
    return publisher + ", " + published + ", " + url;
  }
}
