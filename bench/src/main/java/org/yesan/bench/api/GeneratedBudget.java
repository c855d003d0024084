package org.yesan.bench.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

/**
 * A synthetic Korean expenditure budget with the full eight-level hierarchy (소관 … 세부사업), generated
 * from a seed so that every run of the API benchmarks queries the same facts.
 *
 * <p>Every project (세부사업) has one line per fiscal year and stage (proposal, enacted,
 * supplementary_1), so the dataset holds {@code projects × years × 3} facts; {@link #batch} yields
 * one year as one source, as a yearly budget book would be imported.
 */
final class GeneratedBudget {

  static final String DATASET = "bench-api";
  static final List<Stage> STAGES = List.of(Stage.PROPOSAL, Stage.ENACTED, Stage.supplementary(1));

  private static final List<Level> LEVELS =
      List.of(
          Level.MINISTRY,
          Level.ACCOUNT,
          Level.SUB_ACCOUNT,
          Level.SECTOR,
          Level.SUBSECTOR,
          Level.PROGRAM,
          Level.UNIT_PROJECT,
          Level.PROJECT);

  private static final List<String> MINISTRY_STEMS =
      List.of(
          "감사원",
          "경찰청",
          "고용노동부",
          "공정거래위원회",
          "과학기술정보통신부",
          "관세청",
          "교육부",
          "국가보훈부",
          "국가인권위원회",
          "국가정보원",
          "국무조정실",
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
          "대통령비서실",
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

  private static final List<String> SECTORS =
      List.of(
          "일반·지방행정",
          "공공질서및안전",
          "국방",
          "교육",
          "문화및관광",
          "환경",
          "사회복지",
          "보건",
          "농림수산",
          "산업·중소기업및에너지",
          "교통및물류",
          "과학기술");

  private static final List<String> SPECIAL_ACCOUNTS =
      List.of("교통시설특별회계", "지역균형발전특별회계", "농어촌구조개선특별회계", "에너지및자원사업특별회계", "환경개선특별회계", "등기특별회계");

  private static final List<String> TOPICS =
      List.of(
          "지역", "청년", "노인", "아동", "장애인", "농업", "어업", "산림", "해양", "항만", "도로", "철도", "공항", "주택", "도시",
          "환경", "에너지", "반도체", "바이오", "정보보호", "우주", "기초연구", "문화", "관광", "체육", "대학", "고용", "창업", "수출",
          "재난");

  private static final List<String> KINDS =
      List.of(
          "지원", "육성", "기반조성", "경쟁력강화", "안전관리", "인프라구축", "역량강화", "활성화", "정보화", "연구개발", "시설확충", "운영");

  // Money stays integral: powers of ten in 원 as longs, amounts always whole 천원 as in the books.
  private static final long[] MAGNITUDES = {1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L};

  /** One 세부사업 with its members on the eight levels, and its first-year amount in 원. */
  record Project(List<Optional<String>> members, long baseAmount) {}

  private final List<Project> projects;
  private final int firstYear;
  private final int years;
  private final long seed;

  private GeneratedBudget(List<Project> projects, int firstYear, int years, long seed) {
    this.projects = projects;
    this.firstYear = firstYear;
    this.years = years;
    this.seed = seed;
  }

  /**
   * Builds the tree: 50 ministries of very different sizes, general plus up to two special accounts
   * (two of them divided into 계정), 12 sectors with 4 subsectors each, {@code programs} programs,
   * 1–9 unit projects per program (about 5 on average), and {@code projects} projects dealt
   * round-robin to the unit projects.
   */
  static GeneratedBudget generate(int programs, int projects, int firstYear, int years, long seed) {
    Random random = new Random(seed);
    List<List<Optional<String>>> units = new ArrayList<>();
    int[] weights = new int[MINISTRY_STEMS.size()];
    int weightSum = 0;
    for (int m = 0; m < weights.length; m++) {
      // Ministries differ in size as real ones do: a few large ones hold most programs.
      weights[m] = (1 + random.nextInt(10)) * (1 + random.nextInt(10));
      weightSum += weights[m];
    }
    int programNo = 0;
    for (int m = 0; m < MINISTRY_STEMS.size(); m++) {
      String ministry = MINISTRY_STEMS.get(m);
      int ministryPrograms =
          m == weights.length - 1
              ? Math.max(1, programs - programNo)
              : Math.max(1, programs * weights[m] / weightSum);
      List<String> accounts = new ArrayList<>(List.of("일반회계"));
      for (int s = random.nextInt(3); s > 0; s--) {
        accounts.add(SPECIAL_ACCOUNTS.get(random.nextInt(SPECIAL_ACCOUNTS.size())));
      }
      int home = random.nextInt(SECTORS.size());
      for (int p = 0; p < ministryPrograms; p++, programNo++) {
        String account = accounts.get(random.nextInt(accounts.size()));
        Optional<String> subAccount =
            SPECIAL_ACCOUNTS.indexOf(account) >= 0 && SPECIAL_ACCOUNTS.indexOf(account) < 2
                ? Optional.of(account.substring(0, 2) + "계정" + (1 + random.nextInt(3)))
                : Optional.empty();
        int sector = random.nextInt(4) == 0 ? random.nextInt(SECTORS.size()) : home;
        String subsector = SECTORS.get(sector) + "부문" + (1 + random.nextInt(4));
        String program = name(random) + " " + (programNo + 1);
        int unitCount = 1 + random.nextInt(9);
        for (int u = 0; u < unitCount; u++) {
          units.add(
              List.of(
                  Optional.of(ministry),
                  Optional.of(account),
                  subAccount,
                  Optional.of(SECTORS.get(sector)),
                  Optional.of(subsector),
                  Optional.of(program),
                  Optional.of(name(random) + "(" + (programNo + 1) + "-" + (u + 1) + ")")));
        }
      }
    }
    List<Project> out = new ArrayList<>(projects);
    for (int i = 0; i < projects; i++) {
      List<Optional<String>> members = new ArrayList<>(units.get(i % units.size()));
      members.add(Optional.of(name(random) + " 세부" + (i + 1)));
      long amount = MAGNITUDES[random.nextInt(MAGNITUDES.length)] * (1 + random.nextInt(999));
      out.add(new Project(List.copyOf(members), amount));
    }
    return new GeneratedBudget(List.copyOf(out), firstYear, years, seed);
  }

  private static String name(Random random) {
    return TOPICS.get(random.nextInt(TOPICS.size())) + KINDS.get(random.nextInt(KINDS.size()));
  }

  int unitProjects() {
    return (int) projects.stream().map(p -> p.members().get(6)).distinct().count();
  }

  int projects() {
    return projects.size();
  }

  int firstYear() {
    return firstYear;
  }

  int years() {
    return years;
  }

  long facts() {
    return (long) projects.size() * years * STAGES.size();
  }

  static BatchDescription description() {
    return new BatchDescription(
        "generated",
        DATASET,
        "Generated budget for the API benchmarks (not real data)",
        Optional.of("KR"),
        "KRW",
        SourceUnit.THOUSAND_WON,
        "org.yesan.bench.api.GeneratedBudget",
        "none: synthetic",
        LEVELS,
        List.of(Hierarchy.KR_ADMINISTRATIVE, Hierarchy.KR_FUNCTIONAL),
        List.of(Measure.EXPENDITURE));
  }

  /** One fiscal year: a line per project with its proposal, enacted and supplementary amounts. */
  SourceBatch batch(int year) {
    return new SourceBatch() {
      @Override
      public BatchDescription description() {
        return GeneratedBudget.description();
      }

      @Override
      public void forEach(FactSink sink) {
        Random random = new Random(seed * 31 + year);
        FiscalYear fy = FiscalYear.of(year);
        int age = year - firstYear;
        for (int i = 0; i < projects.size(); i++) {
          Project p = projects.get(i);
          // Grows about 4 % a year, in whole 천원; the Assembly trims one line in ten by up to 5 %,
          // and the supplementary budget adds 10 % to one line in twenty.
          long proposal =
              p.baseAmount() / 1000 * (100 + 4L * age + random.nextInt(11)) / 100 * 1000;
          long enacted =
              random.nextInt(10) == 0
                  ? proposal - proposal / 1000 * random.nextInt(51) / 1000 * 1000
                  : proposal;
          long supplementary =
              random.nextInt(20) == 0 ? enacted + enacted / 10_000 * 1000 : enacted;
          long line = i + 2; // line 1 of a budget book's table is its header
          long[] amounts = {proposal, enacted, supplementary};
          for (int s = 0; s < STAGES.size(); s++) {
            sink.accept(
                new Fact(
                    p.members(),
                    fy,
                    STAGES.get(s),
                    Measure.EXPENDITURE.id(),
                    fy,
                    BigDecimal.valueOf(amounts[s]),
                    line));
          }
        }
      }
    };
  }
}
