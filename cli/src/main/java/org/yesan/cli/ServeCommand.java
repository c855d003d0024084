package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.yesan.app.access.StoreAccess;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.http.auth.AccessRules;
import org.yesan.http.auth.RateLimit;
import org.yesan.http.auth.TrustedProxies;
import org.yesan.http.operations.OperationsConfig;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code yesan serve}: the dashboard and the REST API over the store, until interrupted (Ctrl-C).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over HTTP: the dashboard at / (see docs/dashboard.md), /api/v1 (see"
          + " docs/api.md) and a Babbage-compatible /api/3.",
      "Listens on 127.0.0.1 unless --host says otherwise; runs until interrupted."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(
      names = "--cors-origin",
      description = "Allow browsers on this origin (or '*') to read the API; off by default.")
  Optional<String> corsOrigin = Optional.empty();

  @Option(
      names = "--max-page-size",
      defaultValue = "10000",
      description = "Largest page a client may ask for (default: ${DEFAULT-VALUE}).")
  int maxPageSize = ServerConfig.DEFAULT_MAX_PAGE_SIZE;

  @Option(
      names = "--frame-ancestors",
      defaultValue = "'self'",
      description =
          "Who may frame the dashboard (CSP frame-ancestors), e.g. 'https://news.example' or '*'"
              + " for embedded charts (default: ${DEFAULT-VALUE}, this server only).")
  String frameAncestors = "'self'";

  @Option(
      names = "--private",
      description = "Require a viewer's token (or better) to read; reads are public otherwise.")
  boolean privateReads;

  @Option(
      names = "--rate-limit",
      defaultValue = "120/600",
      description =
          "Requests per token (per address without one): BURST/PER_MINUTE, or off (default:"
              + " ${DEFAULT-VALUE}).")
  String rateLimit = "120/600";

  @Option(
      names = "--max-upload",
      defaultValue = "1073741824",
      description = "Largest import upload in bytes (default: ${DEFAULT-VALUE}, 1 GiB).")
  long maxUpload = AccessRules.DEFAULT_MAX_UPLOAD_BYTES;

  @Option(
      names = "--statement-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description =
          "Cancel a read that runs longer (504 problem JSON; on both stores); 0 for no limit"
              + " (default: ${DEFAULT-VALUE}).")
  int statementTimeoutSeconds = 30;

  @Option(
      names = "--shutdown-grace",
      defaultValue = "20",
      paramLabel = "SECONDS",
      description =
          "On SIGTERM or Ctrl-C, stop accepting and let requests in flight finish this long"
              + " (default: ${DEFAULT-VALUE}).")
  int shutdownGraceSeconds = 20;

  @Option(
      names = "--request-log",
      paramLabel = "FILE",
      description =
          "Append one JSON line per request to FILE ('-' for standard output); off by default."
              + " Query strings and headers are never logged.")
  Optional<Path> requestLog = Optional.empty();

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDR[,ADDR...]",
      description =
          "Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For or Forwarded header"
              + " names the client, for rate limits and the logs; ignored from any other peer"
              + " (default: none).")
  Optional<String> trustedProxies = Optional.empty();

  /** The service settings of the options given. */
  OperationsConfig operations() {
    if (statementTimeoutSeconds < 0 || shutdownGraceSeconds < 0) {
      throw new IllegalArgumentException(
          "--statement-timeout and --shutdown-grace: expected seconds of 0 or more");
    }
    OperationsConfig ops =
        OperationsConfig.defaults()
            .withStatementTimeout(Duration.ofSeconds(statementTimeoutSeconds))
            .withShutdownGrace(Duration.ofSeconds(shutdownGraceSeconds));
    return requestLog.map(ops::withRequestLog).orElse(ops);
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ServerConfig config =
        new ServerConfig(
                port, host, corsOrigin, maxPageSize, List.of(frameAncestors.split("[ ,]+")))
            .withTrustedProxies(
                trustedProxies.map(TrustedProxies::parse).orElse(TrustedProxies.NONE));
    AccessRules rules = new AccessRules(privateReads, RateLimit.parse(rateLimit), maxUpload);
    CountDownLatch stopped = new CountDownLatch(1);
    StoreAccess access = cli.access();
    FactStore store = access.openForServing();
    YesanServer server;
    try {
      server = YesanServer.start(store, config, List.of(), rules, operations());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                },
                "yesan-serve-stop"));
    out.println("dashboard: " + server.url() + "/");
    out.println("serving " + access.described() + " at " + server.url() + "/api/v1/datasets");
    out.println("API description: " + server.url() + YesanServer.OPENAPI_PATH + "; Ctrl-C stops");
    out.flush();
    stopped.await();
    return 0;
  }
}
