package com.casedesk.whatif;

import static com.casedesk.whatif.ArrivalFixtures.YEAR_2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.support.UnitTest;
import com.casedesk.web.SpreadsheetCsv;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --arrivals}: the routing-facts CSV and the ledger CSV as the service exports it. */
@UnitTest
class ArrivalCsvTest {

    private static final String HEADER = "receivedAt,channel,category,businessLine,amountBand,flags,jointComplainants\n";

    @TempDir
    Path dir;

    @Test
    void routingFactsAreReadInTimeOrderNumberedFromZeroTiesByLine() throws Exception {
        Path csv = write("facts.csv", "\uFEFF" + HEADER
                + "2026-03-02T10:00:00+08:00,HOTLINE,CLAIM_DISPUTE,INSURANCE,50k-500k,AGITATED|MEDIA_ATTENTION,1\r\n"
                + "2026-03-02T01:00:00Z,客服热线,理赔纠纷,保险,,,\r\n"
                + "2026-01-05T08:30:00+08:00,REGULATOR_TRANSFER,SALES_DISPUTE,WEALTH_MANAGEMENT,none,,3\r\n"
                + "2026-03-02T09:00:00+08:00,APP,OTHER,OTHER,500k+, LEGAL_DISPUTE ,25\r\n");

        List<Arrival> arrivals = Arrivals.fromCsv(csv, 2026, 1, YEAR_2026);

        assertThat(arrivals).extracting(Arrival::seq).containsExactly(0, 1, 2, 3);
        assertThat(arrivals).extracting(Arrival::receivedAt).containsExactly(Instant.parse("2026-01-05T00:30:00Z"),
                Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-02T02:00:00Z"));
        // 01:00Z is 09:00 in Shanghai: line 5 (APP) and line 3 (HOTLINE) at the same second, in line order
        assertThat(arrivals).extracting(Arrival::channel)
                .containsExactly(Channel.REGULATOR_TRANSFER, Channel.HOTLINE, Channel.APP, Channel.HOTLINE);
        Arrival first = arrivals.get(0);
        assertThat(first.category()).isEqualTo(ComplaintCategory.SALES_DISPUTE);
        assertThat(first.businessLine()).isEqualTo(BusinessLine.WEALTH_MANAGEMENT);
        assertThat(first.claimedAmount()).isNull();
        assertThat(first.jointComplainants()).isEqualTo(3);
        Arrival labelled = arrivals.get(1);
        assertThat(labelled.category()).isEqualTo(ComplaintCategory.CLAIM_DISPUTE);
        assertThat(labelled.businessLine()).isEqualTo(BusinessLine.INSURANCE);
        assertThat(labelled.flags()).isEmpty();
        assertThat(labelled.claimedAmount()).isNull();
        assertThat(labelled.jointComplainants()).isEqualTo(1);
        assertThat(arrivals.get(2).flags()).containsExactly(ComplaintFlag.LEGAL_DISPUTE);
        assertThat(arrivals.get(2).amountBand()).isEqualTo("500k+");
        assertThat(arrivals.get(3).flags()).containsExactlyInAnyOrder(ComplaintFlag.AGITATED, ComplaintFlag.MEDIA_ATTENTION);
        assertThat(arrivals.get(3).amountBand()).isEqualTo("50k-500k");
        assertThat(arrivals.get(3).claimedAmount()).isNotEqualTo(new BigDecimal("50000"));

        assertThat(Arrivals.fromCsv(csv, 2026, 1, YEAR_2026)).isEqualTo(arrivals);
    }

    @Test
    void theLedgerAsExportedMonthByMonthIsReadOnceACase() throws Exception {
        // the last row's time as Excel writes it when the file was opened and saved there
        List<String> header = ledgerHeader();
        StringBuilder file = new StringBuilder();
        file.append(new String(ledger(header,
                row(header, "TS-2025-0999", "信函", "保险", "理赔纠纷", "三级", "否", "2025-12-30 16:00"),
                row(header, "TS-2026-0001", "客服热线", "保险", "理赔纠纷", "一级", "是", "2026-01-05 09:15"),
                row(header, "TS-2026-0002", "手机客户端", "理财", "销售纠纷", "二级", "否", "2026-01-31 23:59")),
                StandardCharsets.UTF_8));
        file.append(new String(ledger(header,
                row(header, "TS-2026-0002", "手机客户端", "理财", "销售纠纷", "一级", "否", "2026-01-31 23:59"),
                row(header, "TS-2026-0003", "监管转办", "保险", "退保纠纷", "二级", "否", "2026-02-02 10:30"),
                row(header, "TS-2026-0004", "营业网点", "其他", "服务态度及服务质量", "", "否", "2026/2/3 11:00")),
                StandardCharsets.UTF_8));
        Path csv = write("ledger.csv", file.toString());

        List<Arrival> arrivals = Arrivals.fromCsv(csv, 2026, 1, YEAR_2026);

        assertThat(arrivals).extracting(Arrival::receivedAt).containsExactly(Instant.parse("2026-01-05T01:15:00Z"),
                Instant.parse("2026-01-31T15:59:00Z"), Instant.parse("2026-02-02T02:30:00Z"), Instant.parse("2026-02-03T03:00:00Z"));
        assertThat(arrivals).extracting(Arrival::channel)
                .containsExactly(Channel.HOTLINE, Channel.APP, Channel.REGULATOR_TRANSFER, Channel.BRANCH);
        assertThat(arrivals).extracting(Arrival::category).containsExactly(ComplaintCategory.CLAIM_DISPUTE,
                ComplaintCategory.SALES_DISPUTE, ComplaintCategory.SURRENDER_DISPUTE, ComplaintCategory.SERVICE_QUALITY);
        assertThat(arrivals).extracting(Arrival::businessLine)
                .containsExactly(BusinessLine.INSURANCE, BusinessLine.WEALTH_MANAGEMENT, BusinessLine.INSURANCE, BusinessLine.OTHER);
        // level 1 major: a mass incident of 20; level 2 (as first listed): an amount of 50k-500k; by channel: nothing
        assertThat(arrivals.get(0).flags()).containsExactly(ComplaintFlag.MASS_INCIDENT);
        assertThat(arrivals.get(0).jointComplainants()).isEqualTo(20);
        assertThat(arrivals.get(1).flags()).isEmpty();
        assertThat(arrivals.get(1).amountBand()).isEqualTo("50k-500k");
        assertThat(arrivals.get(2).amountBand()).isEqualTo("none");
        assertThat(arrivals.get(3).amountBand()).isEqualTo("none");
        assertThat(arrivals.get(3).flags()).isEmpty();
    }

    @Test
    void everyBadRowIsNamedByLineAndColumn() throws Exception {
        Path csv = write("facts.csv", HEADER
                + "2026-03-02T10:00:00+08:00,HOTLINE,CLAIM_DISPUTE,INSURANCE,none,,1\n"
                + "2026-03-02 10:00,PIGEON,CLAIM_DISPUTE,INSURANCE,1m+,ANGRY,0\n"
                + "2026-03-02T10:00:00+08:00,HOTLINE,CLAIM_DISPUTE\n"
                + "\n"
                + "2027-01-01T00:00:00+08:00,HOTLINE,CLAIM_DISPUTE,INSURANCE,none,,1\n"
                + "2026-12-31T23:59:59+08:00,ONLINE,CLAIM_DISPUTE,INSURANCE,none,,1\n");

        assertThatThrownBy(() -> Arrivals.fromCsv(csv, 2026, 1, YEAR_2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(csv + ": 3 bad rows (7 problems):"
                        + "\n  line 3, column receivedAt: '2026-03-02 10:00' is not ISO-8601 with an offset (e.g. 2026-03-02T09:15:00+08:00)"
                        + "\n  line 3, column channel: 'PIGEON' is not one of HOTLINE, ONLINE, APP, BRANCH, LETTER, EMAIL, REGULATOR_TRANSFER"
                        + "\n  line 3, column amountBand: '1m+' is not one of none, 0-10k, 10k-50k, 50k-500k, 500k+"
                        + "\n  line 3, column flags: 'ANGRY' is not one of MASS_INCIDENT, LEGAL_DISPUTE, REPUTATION_RISK, MEDIA_ATTENTION, AGITATED"
                        + "\n  line 3, column jointComplainants: '0' is not a whole number of 1 or more"
                        + "\n  line 4: 3 cells, the header has 7"
                        + "\n  line 6, column receivedAt: received 2027-01-01T00:00:00+08:00, not in 2026");
    }

    @Test
    void atMostTwentyBadRowsAreListed() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        IntStream.range(0, 25).forEach(i -> rows.append("2026-03-02T10:00:00+08:00,HOTLINE,CLAIM_DISPUTE,BANKING,none,,1\n"));
        Path csv = write("facts.csv", rows.toString());

        assertThatThrownBy(() -> Arrivals.fromCsv(csv, 2026, 1, YEAR_2026))
                .hasMessageStartingWith(csv + ": 25 bad rows:\n  line 2, column businessLine: 'BANKING' is not one of DEPOSITS")
                .hasMessageContaining("\n  line 21, column businessLine")
                .hasMessageNotContaining("line 22,")
                .hasMessageEndingWith("\n  … and 5 more");
    }

    @Test
    void aFileOfAnotherYearIsRefusedSayingWhichYear() throws Exception {
        Path csv = write("facts.csv", HEADER
                + "2025-03-02T10:00:00+08:00,HOTLINE,CLAIM_DISPUTE,INSURANCE,none,,1\n"
                + "2025-04-02T10:00:00+08:00,HOTLINE,CLAIM_DISPUTE,INSURANCE,none,,1\n");

        assertThatThrownBy(() -> Arrivals.fromCsv(csv, 2026, 1, YEAR_2026))
                .hasMessage(csv + ": all 2 rows were received in 2025, not in 2026 (run with --year=2025?); 2 bad rows:"
                        + "\n  line 2, column receivedAt: received 2025-03-02T10:00:00+08:00, not in 2026"
                        + "\n  line 3, column receivedAt: received 2025-04-02T10:00:00+08:00, not in 2026");
    }

    @Test
    void aLedgerOfAnotherYearIsRefusedSayingWhichYear() throws Exception {
        List<String> header = ledgerHeader();
        Path csv = write("ledger.csv", new String(ledger(header,
                row(header, "TS-2025-0001", "信函", "保险", "理赔纠纷", "三级", "否", "2025-12-30 16:00")), StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Arrivals.fromCsv(csv, 2026, 1, YEAR_2026))
                .hasMessage(csv + ": no arrival received in 2026: all 1 rows were received in 2025, not in 2026 (run with --year=2025?)");
    }

    @Test
    void aHeaderOfNeitherFormatIsRefused() throws Exception {
        Path other = write("other.csv", "date,what\n2026-03-02,complaint\n");
        Path unknownColumn = write("facts.csv", "receivedAt,channel,category,businessLine,amount\n");

        assertThatThrownBy(() -> Arrivals.fromCsv(other, 2026, 1, YEAR_2026))
                .hasMessage(other + ": line 1: the header is neither the routing facts' (" + HEADER.strip()
                        + ") nor the ledger CSV's (with 投诉编号, 受理渠道, 业务类别, 投诉类型, 投诉等级, 重大投诉, 受理时间);"
                        + " save the file as UTF-8 CSV");
        assertThatThrownBy(() -> Arrivals.fromCsv(unknownColumn, 2026, 1, YEAR_2026))
                .hasMessage(unknownColumn + ": line 1: unknown column amount (columns: " + HEADER.strip() + ")");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The ledger's header as statistics/MonthlyLedger writes it. */
    @SuppressWarnings("unchecked")
    private static List<String> ledgerHeader() throws Exception {
        Field field = Class.forName("com.casedesk.statistics.MonthlyLedger").getDeclaredField("CSV_HEADER");
        field.setAccessible(true);
        return (List<String>) field.get(null);
    }

    /** One month's ledger file as the service writes it (SpreadsheetCsv: BOM, RFC 4180, CRLF). */
    @SafeVarargs
    private static byte[] ledger(List<String> header, List<String>... rows) {
        SpreadsheetCsv csv = new SpreadsheetCsv(SpreadsheetCsv.MINIMAL, null).row(header);
        Arrays.stream(rows).forEach(csv::row);
        return csv.bytes();
    }

    /** A ledger row with the routing columns set, the others as a closed case has them. */
    private static List<String> row(List<String> header, String caseNumber, String channel, String businessLine,
                                    String category, String level, String major, String receivedAt) {
        List<String> row = new ArrayList<>();
        for (String column : header) {
            row.add(switch (column) {
                case LedgerRows.CASE_NUMBER -> caseNumber;
                case LedgerRows.CHANNEL -> channel;
                case LedgerRows.BUSINESS_LINE -> businessLine;
                case LedgerRows.CATEGORY -> category;
                case LedgerRows.LEVEL -> level;
                case LedgerRows.MAJOR -> major;
                case LedgerRows.RECEIVED_AT -> receivedAt;
                case "被投诉单位" -> "上海分公司, 浦东支公司";
                case "赔偿金额" -> "3000";
                default -> "";
            });
        }
        return row;
    }
}
