package org.yesan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes 열린재정 {@code out_YYYY.csv} files in UTF-8 with a synthetic but realistically shaped Korean
 * budget hierarchy, so that imports can be timed on far more rows than the real exports hold.
 *
 * <p>Usage: {@code LineItemGenerator OUT_DIR TOTAL_ROWS [FIRST_YEAR YEARS [SEED]]}. The importer
 * requires one 회계연도 per file, so the rows are spread evenly over one file per year.
 */
public final class LineItemGenerator {

  static final String HEADER =
      "회계연도,소관명,회계명,계정명,분야명,부문명,프로그램명,단위사업명,금년도예산(천원),추경정부안(천원),추경국회확정(천원)";

  // The years that really had a supplementary budget; other years get zero 추경 columns, which the
  // importer treats as "no such stage" and emits no facts for.
  private static final Set<Integer> SUPPLEMENTARY_YEARS =
      Set.of(2008, 2009, 2013, 2015, 2016, 2017);

  private static final List<String> MINISTRIES =
      List.of(
          "감사원",
          "경찰청",
          "고용노동부",
          "공정거래위원회",
          "과학기술정보통신부",
          "관세청",
          "교육부",
          "국가보훈처",
          "국가인권위원회",
          "국가정보원",
          "국무조정실 및 국무총리비서실",
          "국민권익위원회",
          "국방부",
          "국세청",
          "국토교통부",
          "국회",
          "금융위원회",
          "기상청",
          "기획재정부",
          "농림축산식품부",
          "농촌진흥청",
          "대법원",
          "대통령경호처",
          "대통령비서실 및 국가안보실",
          "문화재청",
          "문화체육관광부",
          "방송통신위원회",
          "방위사업청",
          "법무부",
          "법제처",
          "병무청",
          "보건복지부",
          "산림청",
          "산업통상자원부",
          "새만금개발청",
          "소방청",
          "식품의약품안전처",
          "여성가족부",
          "외교부",
          "원자력안전위원회",
          "인사혁신처",
          "조달청",
          "중소벤처기업부",
          "중앙선거관리위원회",
          "통계청",
          "통일부",
          "특허청",
          "해양경찰청",
          "해양수산부",
          "행정안전부");

  /** A 회계 with the 계정 it is divided into (none for most accounts: then 계정명 is empty). */
  private record Account(String name, List<String> subAccounts) {}

  private static final List<Account> SPECIAL_ACCOUNTS =
      List.of(
          new Account("교통시설특별회계", List.of("도로계정", "철도계정", "공항계정", "항만계정", "교통체계관리계정")),
          new Account("지역발전특별회계", List.of("경제발전계정", "생활기반계정", "제주특별자치도계정", "세종특별자치시계정")),
          new Account("농어촌구조개선특별회계", List.of("구조개선사업계정", "농어촌특별세사업계정")),
          new Account("에너지및자원사업특별회계", List.of("투자계정", "융자계정")),
          new Account("환경개선특별회계", List.of()),
          new Account("등기특별회계", List.of()),
          new Account("교도작업특별회계", List.of()),
          new Account("양곡관리특별회계", List.of()),
          new Account("우편사업특별회계", List.of()),
          new Account("유아교육지원특별회계", List.of()),
          new Account("혁신도시건설특별회계", List.of()),
          new Account("국방·군사시설이전특별회계", List.of()));

  private static final Account GENERAL = new Account("일반회계", List.of());

  /** A 분야 with its 부문. */
  private record Sector(String name, List<String> subsectors) {}

  private static final List<Sector> SECTORS =
      List.of(
          new Sector("일반·지방행정", List.of("국정운영", "일반행정", "입법및선거관리", "재정·금융", "지방행정·재정지원")),
          new Sector("공공질서및안전", List.of("경찰", "법무및검찰", "법원및헌재", "재난관리", "해경")),
          new Sector("국방", List.of("방위력개선", "병력운영", "병무행정", "전력유지")),
          new Sector("교육", List.of("고등교육", "교육일반", "유아및초중등교육", "평생·직업교육")),
          new Sector("문화및관광", List.of("관광", "문화및관광일반", "문화예술", "문화재", "체육")),
          new Sector("환경", List.of("대기", "상하수도·수질", "자연", "폐기물", "해양환경", "환경일반")),
          new Sector(
              "사회복지", List.of("공적연금", "기초생활보장", "노동", "노인·청소년", "보육·가족및여성", "보훈", "주택", "취약계층지원")),
          new Sector("보건", List.of("건강보험", "보건의료", "식품의약안전")),
          new Sector("농림수산", List.of("농업·농촌", "수산·어촌", "식품업", "임업·산촌")),
          new Sector(
              "산업·중소기업및에너지", List.of("무역및투자유치", "산업·중소기업일반", "산업금융지원", "산업기술지원", "에너지및자원개발")),
          new Sector("교통및물류", List.of("도로", "도시철도", "물류등기타", "철도", "항공·공항", "해운·항만")),
          new Sector("과학기술", List.of("과학기술연구지원", "과학기술일반", "기술개발")));

  private static final List<String> TOPICS =
      List.of(
          "지역", "청년", "노인", "아동", "장애인", "농업", "어업", "산림", "해양", "항만", "도로", "철도", "공항", "주택", "도시",
          "환경", "수질", "대기", "에너지", "원자력", "반도체", "바이오", "정보보호", "우주", "기초연구", "문화", "관광", "체육",
          "교육", "대학", "직업훈련", "고용", "창업", "중소기업", "수출", "통상", "재난", "소방", "치안", "국방", "보훈", "통일",
          "외교", "보건", "의료", "식품", "감염병", "복지", "보육", "여성");

  private static final List<String> PROGRAM_KINDS =
      List.of(
          "지원", "육성", "기반조성", "경쟁력강화", "안전관리", "인프라구축", "서비스개선", "역량강화", "활성화", "선진화", "정보화",
          "연구개발", "시설확충", "제도운영", "협력강화", "품질관리", "고도화", "보호", "진흥", "운영");

  private static final List<String> UNIT_KINDS =
      List.of(
          "인건비", "기본경비", "시설개선", "장비확충", "운영지원", "연구용역", "융자", "출연", "보조", "교육훈련", "홍보", "국제협력",
          "시스템구축", "실태조사", "시범사업");

  // Money stays integral even in test data: powers of ten as longs, never Math.pow.
  private static final long[] MAGNITUDES = {1_000L, 10_000L, 100_000L, 1_000_000L};

  private static final int PROGRAMS = 2_000;
  private static final int MAX_UNITS_PER_PROGRAM = 9;

  /** One leaf of the hierarchy: the seven member columns of a row, already CSV-quoted. */
  record UnitProject(String members) {}

  private LineItemGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LineItemGenerator OUT_DIR TOTAL_ROWS [FIRST_YEAR YEARS [SEED]]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long total = Long.parseLong(args[1]);
    int firstYear = args.length > 2 ? Integer.parseInt(args[2]) : 2007;
    int years = args.length > 3 ? Integer.parseInt(args[3]) : 12;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 20_070_101L;
    Files.createDirectories(out);
    List<UnitProject> units = hierarchy(new Random(seed));
    System.err.printf("hierarchy: %d unit projects%n", units.size());
    for (int y = 0; y < years; y++) {
      long rows = total / years + (y < total % years ? 1 : 0);
      int year = firstYear + y;
      Path file = out.resolve("out_" + year + ".csv");
      write(file, year, rows, units, new Random(seed * 31 + year));
      System.err.printf("%s: %,d rows%n", file, rows);
    }
  }

  /** The fixed tree: 50 ministries, each with programs under accounts and sectors, then units. */
  static List<UnitProject> hierarchy(Random random) {
    List<UnitProject> units = new ArrayList<>();
    int programsLeft = PROGRAMS;
    for (int m = 0; m < MINISTRIES.size(); m++) {
      String ministry = MINISTRIES.get(m);
      // Ministries differ in size as real ones do: a few large ones hold most programs.
      int programs = m == MINISTRIES.size() - 1 ? programsLeft : programsFor(random, programsLeft);
      programsLeft -= programs;
      List<Account> accounts = new ArrayList<>(List.of(GENERAL));
      int special = random.nextInt(3);
      for (int s = 0; s < special; s++) {
        accounts.add(SPECIAL_ACCOUNTS.get(random.nextInt(SPECIAL_ACCOUNTS.size())));
      }
      Sector home = SECTORS.get(random.nextInt(SECTORS.size()));
      for (int p = 0; p < programs; p++) {
        Account account = accounts.get(random.nextInt(accounts.size()));
        String subAccount =
            account.subAccounts().isEmpty()
                ? ""
                : account.subAccounts().get(random.nextInt(account.subAccounts().size()));
        Sector sector = random.nextInt(4) == 0 ? SECTORS.get(random.nextInt(SECTORS.size())) : home;
        String subsector = sector.subsectors().get(random.nextInt(sector.subsectors().size()));
        String program =
            TOPICS.get(random.nextInt(TOPICS.size()))
                + PROGRAM_KINDS.get(random.nextInt(PROGRAM_KINDS.size()))
                + " "
                + (p + 1);
        int unitCount = 1 + random.nextInt(MAX_UNITS_PER_PROGRAM);
        for (int u = 0; u < unitCount; u++) {
          String unit =
              TOPICS.get(random.nextInt(TOPICS.size()))
                  + UNIT_KINDS.get(random.nextInt(UNIT_KINDS.size()))
                  + "("
                  + (u + 1)
                  + ")";
          units.add(
              new UnitProject(
                  String.join(
                      ",",
                      quote(ministry),
                      quote(account.name()),
                      subAccount.isEmpty() ? "" : quote(subAccount),
                      quote(sector.name()),
                      quote(subsector),
                      quote(program),
                      quote(unit))));
        }
      }
    }
    return units;
  }

  private static int programsFor(Random random, int left) {
    int share = 10 + random.nextInt(70);
    return Math.max(1, Math.min(left - 1, share));
  }

  /**
   * Writes one year: the unit projects in hierarchy order (real exports are sorted by ministry),
   * each repeated as several line items so that the file reaches the wanted number of rows.
   */
  static void write(Path file, int year, long rows, List<UnitProject> units, Random random)
      throws IOException {
    boolean supplementary = SUPPLEMENTARY_YEARS.contains(year);
    String yearField = quote(Integer.toString(year));
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      long perUnit = rows / units.size();
      long extra = rows % units.size();
      StringBuilder line = new StringBuilder(256);
      for (int u = 0; u < units.size(); u++) {
        long n = perUnit + (u < extra ? 1 : 0);
        for (long i = 0; i < n; i++) {
          // Log-uniform from 1백만원 to 1조원 (in 천원), like real line items: many small, few large.
          long enacted = MAGNITUDES[random.nextInt(MAGNITUDES.length)] * (1 + random.nextInt(999));
          long proposal = 0;
          long passed = 0;
          if (supplementary) {
            proposal = enacted;
            if (random.nextInt(10) == 0) {
              proposal += enacted / 10 * (random.nextInt(5) - 1);
            }
            passed = random.nextInt(20) == 0 ? proposal - proposal / 20 : proposal;
          }
          line.setLength(0);
          line.append(yearField).append(',').append(units.get(u).members()).append(',');
          line.append('"').append(enacted).append("\",\"").append(proposal).append("\",\"");
          line.append(passed).append("\"\n");
          w.append(line);
        }
      }
    }
  }

  private static String quote(String field) {
    return '"' + field + '"';
  }
}
