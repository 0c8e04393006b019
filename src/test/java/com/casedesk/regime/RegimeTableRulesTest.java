package com.casedesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.process.DeploymentCheck.Finding;
import com.casedesk.support.UnitTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** A statutory table cannot be changed beyond its article; within it, it can. */
@UnitTest
class RegimeTableRulesTest {

    static final String CN = "processes/regimes/cn-2020-3.dmn";
    static final String REPLY_ROW = "Rule_CN_2020_3_Reply";

    @ParameterizedTest
    @ValueSource(strings = {CN, "processes/regimes/cn-wb.dmn", "processes/regimes/eu-2019-1937.dmn",
            "processes/regimes/uk-disp.dmn"})
    void theShippedTablesAreWithinTheirArticles(String file) throws Exception {
        assertThat(RegimeTableRules.check(parse(read(file)))).isEmpty();
    }

    @Test
    void aReplyPeriodOfSixteenDaysIsRefusedNamingTheDecisionTheRowAndTheArticle() throws Exception {
        List<Finding> findings = RegimeTableRules.check(parse(reply("15", "16")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo(REPLY_ROW);
            assertThat(f.reason()).contains("regime-cn-2020-3", REPLY_ROW, "令2020年第3号 第十八条第一款", "16", "15");
        });
    }

    @Test
    void aShorterReplyPeriodIsTheInstitutionsToSet() throws Exception {
        assertThat(RegimeTableRules.check(parse(reply("15", "14")))).isEmpty();
        assertThat(RegimeTableRules.check(parse(reply("15", "15")))).isEmpty();
    }

    @Test
    void theMaximumOfSixtyDaysCannotBeRaised() throws Exception {
        String table = read(CN);
        assertThat(RegimeTableRules.check(parse(table.replace(amount("MaxTotal", "60"), amount("MaxTotal", "61")))))
                .singleElement().satisfies(f -> assertThat(f.elementId()).isEqualTo("Rule_CN_2020_3_MaxTotal"));
        assertThat(RegimeTableRules.check(parse(table.replace(amount("MaxTotal", "60"), amount("MaxTotal", "60")))))
                .isEmpty();
    }

    @Test
    void theComplainantsReviewWindowCanBeWidenedNotNarrowed() throws Exception {
        String table = read(CN);
        assertThat(RegimeTableRules.check(parse(table.replace(amount("ReviewWindow", "30"), amount("ReviewWindow", "29")))))
                .singleElement().satisfies(f -> assertThat(f.reason()).contains("第二十条", "至少 at least 30"));
        assertThat(RegimeTableRules.check(parse(table.replace(amount("ReviewWindow", "30"), amount("ReviewWindow", "31")))))
                .isEmpty();
    }

    @Test
    void calendarDaysCannotBecomeWorkingDays() throws Exception {
        String changed = read(CN).replace("""
                <outputEntry id="Rule_CN_2020_3_Reply_Unit">
                          <text>"CALENDAR_DAYS"</text>""".replace("                  ", "        "), """
                <outputEntry id="Rule_CN_2020_3_Reply_Unit">
                          <text>"WORKING_DAYS"</text>""".replace("                  ", "        "));
        assertThat(changed).contains("\"WORKING_DAYS\"");
        assertThat(RegimeTableRules.check(parse(changed))).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains(REPLY_ROW, "WORKING_DAYS", "第十八条"));
    }

    @Test
    void aRowThatMatchesAnyPeriodOrIsMissingIsRefused() throws Exception {
        String table = read(CN);
        String any = table.replace("<text>\"REPLY\"</text>", "<text>-</text>");
        assertThat(RegimeTableRules.check(parse(any))).extracting(Finding::elementId)
                .contains(REPLY_ROW, "regime-cn-2020-3");
        String expression = table.replace(amount("Reply", "15"), amount("Reply", "10 + 10"));
        assertThat(RegimeTableRules.check(parse(expression))).singleElement()
                .satisfies(f -> assertThat(f.elementId()).isEqualTo(REPLY_ROW));
        String firstHit = table.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"FIRST\"");
        assertThat(RegimeTableRules.check(parse(firstHit))).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("UNIQUE"));
    }

    @Test
    void theOmbudsmanReferralWindowIsExactlySixMonths() throws Exception {
        String uk = read("processes/regimes/uk-disp.dmn");
        String seven = uk.replace("<outputEntry id=\"Rule_UK_DISP_OmbudsmanReferral_Amount\">\n          <text>6</text>",
                "<outputEntry id=\"Rule_UK_DISP_OmbudsmanReferral_Amount\">\n          <text>7</text>");
        assertThat(seven).isNotEqualTo(uk);
        assertThat(RegimeTableRules.check(parse(seven))).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("DISP 2.8.2R", "恰为 exactly 6"));
    }

    @Test
    void otherDecisionsAreNotJudged() throws Exception {
        assertThat(RegimeTableRules.check(parse(read("processes/complaint/complaint-grading.dmn")))).isEmpty();
        assertThat(RegimeTableRules.check(parse(reply("15", "99").replace("regime-cn-2020-3", "my-own-table"))))
                .isEmpty();
    }

    @Test
    void feelStringListsAreRead() {
        assertThat(RegimeTableRules.strings("\"REPLY\"")).containsExactly("REPLY");
        assertThat(RegimeTableRules.strings(" \"A\", \"B\" ")).containsExactly("A", "B");
        assertThat(RegimeTableRules.strings("-")).isEmpty();
        assertThat(RegimeTableRules.strings("not(\"A\")")).isEmpty();
    }

    private static String reply(String from, String to) throws IOException {
        String table = read(CN);
        String changed = table.replace(amount("Reply", from), amount("Reply", to));
        assertThat(changed.equals(table)).isEqualTo(from.equals(to));
        return changed;
    }

    private static String amount(String row, String value) {
        return "<outputEntry id=\"Rule_CN_2020_3_" + row + "_Amount\">\n          <text>" + value + "</text>";
    }

    static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
