package org.yesan.ingest.openfiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;

class EveryOpenFiscalFileTest {

  /**
   * Expected values were computed independently with python3's csv module on the raw CP949 files:
   * data rows, then for each amount column that is not zero on every row, the column sum × 1000
   * keyed by fiscal year (file year, or year − 1 for 전년도당초금액) and stage. Facts = rows × such
   * columns, so a dropped or merged duplicate row would change the count.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "in_2007.csv, 796, 796, 2007:enacted=200951945139000",
    "in_2008.csv, 780, 2340, 2008:enacted=219940529553000;2008:supplementary_1_proposal=229348322774000;2008:supplementary_1=228185925774000",
    "in_2009.csv, 749, 2247, 2009:enacted=247953607658000;2009:supplementary_1_proposal=258148683077000;2009:supplementary_1=256524696772000",
    "in_2010.csv, 751, 751, 2010:enacted=255334387481000",
    "in_2011.csv, 756, 756, 2011:enacted=264092862471000",
    "in_2012.csv, 769, 769, 2012:enacted=282687336883000",
    "in_2013.csv, 824, 2472, 2013:enacted=298405676810000;2013:supplementary_1_proposal=304090092810000;2013:supplementary_1=303847513810000",
    "in_2014.csv, 835, 835, 2014:enacted=309692464444000",
    "in_2015.csv, 871, 2613, 2015:enacted=322787071554000;2015:supplementary_1_proposal=328246508554000;2015:supplementary_1=328019245554000",
    "in_2016.csv, 874, 2622, 2016:enacted=330671628374000;2016:supplementary_1_proposal=341957454374000;2016:supplementary_1=341946737374000",
    "in_2017.csv, 884, 2652, 2017:enacted=339661568102000;2017:supplementary_1_proposal=349820151102000;2017:supplementary_1=349898765102000",
    "in_2018.csv, 954, 1908, 2018:enacted=368646277167000;2018:supplementary_1_proposal=371262445167000",
    "in_net_bud_2007.csv, 690, 1380, 2007:proposal=178111629132000;2007:enacted=176756113161000",
    "in_net_bud_2008.csv, 668, 1336, 2008:proposal=196248442455000;2008:enacted=195100183911000",
    "in_net_bud_2009.csv, 657, 1314, 2009:proposal=217611148114000;2009:enacted=217472330463000",
    "in_net_bud_2010.csv, 661, 1322, 2010:proposal=224688434764000;2010:enacted=225968254764000",
    "in_net_bud_2011.csv, 673, 1346, 2011:proposal=236729966907000;2011:enacted=235557351627000",
    "in_net_bud_2012.csv, 685, 1370, 2012:proposal=249227218358000;2012:enacted=248612511358000",
    "in_net_bud_2013.csv, 732, 1464, 2013:proposal=263449487053000;2013:enacted=263603783953000",
    "in_net_bud_2014.csv, 751, 1502, 2014:proposal=276325986448000;2014:enacted=274667332448000",
    "in_net_bud_2015.csv, 789, 1578, 2015:proposal=285627276874000;2015:enacted=286293784554000",
    "in_net_bud_2016.csv, 789, 1578, 2016:proposal=295444663404000;2016:enacted=295720669374000",
    "in_net_bud_2017.csv, 801, 1602, 2017:proposal=301798935022000;2017:enacted=303143159102000",
    "in_net_bud_2018.csv, 869, 1738, 2018:proposal=330801419087000;2018:enacted=330841352167000",
    "out_2007.csv, 2804, 2804, 2007:enacted=200951945139000",
    "out_2008.csv, 2880, 8640, 2008:enacted=219940529553000;2008:supplementary_1_proposal=229348322774000;2008:supplementary_1=228185925774000",
    "out_2009.csv, 2537, 7611, 2009:enacted=247953607658000;2009:supplementary_1_proposal=258148683077000;2009:supplementary_1=256524696772000",
    "out_2010.csv, 2387, 2387, 2010:enacted=255334387481000",
    "out_2011.csv, 2353, 2353, 2011:enacted=264092862471000",
    "out_2012.csv, 2373, 2373, 2012:enacted=282687336883000",
    "out_2013.csv, 2476, 7428, 2013:enacted=298405676810000;2013:supplementary_1_proposal=304090092994000;2013:supplementary_1=303847513994000",
    "out_2014.csv, 2448, 2448, 2014:enacted=309692464444000",
    "out_2015.csv, 2461, 7383, 2015:enacted=322787071554000;2015:supplementary_1_proposal=328246508554000;2015:supplementary_1=328019245554000",
    "out_2016.csv, 2389, 7167, 2016:enacted=330671628374000;2016:supplementary_1_proposal=341957454374000;2016:supplementary_1=341946737374000",
    "out_2017.csv, 2345, 7035, 2017:enacted=339661568102000;2017:supplementary_1_proposal=349820151102000;2017:supplementary_1=349898765102000",
    "out_2018.csv, 2338, 4676, 2018:enacted=368646277167000;2018:supplementary_1_proposal=212956038014000",
    "out_net_bud_2007.csv, 3076, 9228, 2006:enacted=175388227440000;2007:proposal=178111629132000;2007:enacted=176756113161000",
    "out_net_bud_2008.csv, 2957, 8871, 2007:enacted=176756113161000;2008:proposal=196248442455000;2008:enacted=195100183911000",
    "out_net_bud_2009.csv, 2661, 7983, 2008:enacted=195100183911000;2009:proposal=217611148114000;2009:enacted=217472330463000",
    "out_net_bud_2010.csv, 2454, 7362, 2009:enacted=217472330463000;2010:proposal=224661434764000;2010:enacted=225941254764000",
    "out_net_bud_2011.csv, 2408, 7224, 2010:enacted=225941254764000;2011:proposal=236729966907000;2011:enacted=235557351627000",
    "out_net_bud_2012.csv, 2427, 7281, 2011:enacted=235557351627000;2012:proposal=249227218358000;2012:enacted=248612511358000",
    "out_net_bud_2013.csv, 2409, 7227, 2012:enacted=248612511358000;2013:proposal=263449487053000;2013:enacted=263603783953000",
    "out_net_bud_2014.csv, 2505, 7515, 2013:enacted=263603783953000;2014:proposal=276325986448000;2014:enacted=274667332448000",
    "out_net_bud_2015.csv, 2502, 7506, 2014:enacted=274667332448000;2015:proposal=285627276874000;2015:enacted=286293784554000",
    "out_net_bud_2016.csv, 2485, 7455, 2015:enacted=286293784554000;2016:proposal=295444663404000;2016:enacted=295720669374000",
    "out_net_bud_2017.csv, 2390, 7170, 2016:enacted=295720669374000;2017:proposal=301798935022000;2017:enacted=303143159102000",
    "out_net_bud_2018.csv, 2336, 7008, 2017:enacted=303143159102000;2018:proposal=330801419087000;2018:enacted=330841352167000"
  })
  void importsWithExactCountsAndTotals(String file, int rows, int factCount, String totals) {
    List<Fact> facts = RealFiles.facts(RealFiles.openFiscal(file));

    assertThat(facts).hasSize(factCount);
    assertThat(facts.stream().map(Fact::sourceLine).distinct().count()).isEqualTo(rows);
    assertThat(RealFiles.totals(facts)).isEqualTo(totals);
    FiscalYear year = FiscalYear.of(Integer.parseInt(file.replaceAll("\\D", "")));
    assertThat(facts).allSatisfy(f -> assertThat(f.reportedIn()).isEqualTo(year));
  }
}
