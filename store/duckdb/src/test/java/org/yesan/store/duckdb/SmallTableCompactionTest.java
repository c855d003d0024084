package org.yesan.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;

class SmallTableCompactionTest {

  @TempDir Path dir;

  @Test
  void aStoreWrittenOneAuditEntryASessionStopsGrowingAndKeepsEveryEntry() throws Exception {
    Path file = dir.resolve("store.duckdb");
    int sessions = 60;
    long sizeAtTwenty = 0;
    for (int i = 0; i < sessions; i++) {
      try (DuckDbFactStore store = DuckDbFactStore.open(file)) {
        ((AuditLog) store).append(refusal("POST /api/v1/imports #" + i));
      }
      if (i == 19) {
        sizeAtTwenty = Files.size(file);
      }
    }
    // without the rewrite each session's entry takes a 256 KiB block of its own: 60 blocks
    assertThat(blocks(file, "yesan_audit"))
        .isLessThanOrEqualTo(SmallTableCompaction.SLACK_BLOCKS + 1);
    assertThat(Files.size(file)).isLessThanOrEqualTo(sizeAtTwenty + 2L * 256 * 1024);
    try (DuckDbFactStore store = DuckDbFactStore.openReadOnly(file)) {
      List<AuditEntry> entries = ((AuditLog) store).auditEntries(0, 1000);
      assertThat(entries).hasSize(sessions);
      List<String> subjects = new ArrayList<>();
      entries.forEach(e -> subjects.add(e.subject()));
      List<String> expected = new ArrayList<>();
      for (int i = sessions - 1; i >= 0; i--) {
        expected.add("POST /api/v1/imports #" + i);
      }
      assertThat(subjects).isEqualTo(expected);
      long lastId = entries.get(0).id();
      assertThat(entries.get(sessions - 1).id()).isEqualTo(lastId - sessions + 1);
    }
  }

  @Test
  void aTableWithinItsSlackIsLeftAsItIs() throws Exception {
    Path file = dir.resolve("small.duckdb");
    try (DuckDbFactStore store = DuckDbFactStore.open(file)) {
      ((AuditLog) store).append(refusal("GET /x"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      assertThat(SmallTableCompaction.spread(c, "yesan_audit")).isFalse();
      assertThat(SmallTableCompaction.run(c, file.toString())).isZero();
    }
  }

  private static AuditEntry refusal(String subject) {
    return AuditEntry.now(
        "tester",
        AuditEntry.Action.REFUSED,
        subject,
        Optional.empty(),
        Optional.empty(),
        "refused: 401");
  }

  private static long blocks(Path file, String table) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, p)) {
      return SmallTableCompaction.blocks(c, table);
    }
  }
}
