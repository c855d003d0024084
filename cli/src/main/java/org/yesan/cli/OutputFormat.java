package org.yesan.cli;

/** How a listing command prints its rows. */
enum OutputFormat {
  TABLE,
  CSV,
  JSON
}
