package com.casedesk.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.template.NoticeTemplate.Audience;
import com.casedesk.support.ShippedNoticeTemplates;
import com.casedesk.support.UnitTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every notice text from its template: each purpose and template for each channel, with sample data. */
@UnitTest
class NoticeTemplatesTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    private final NoticeTemplates templates = ShippedNoticeTemplates.get();

    @Test
    void everyTemplateRendersForEveryChannelWithNothingLeftOfTheTemplateLanguage() {
        for (NoticeTemplate template : NoticeTemplate.values()) {
            for (NotificationChannel channel : NotificationChannel.values()) {
                NoticeText text = templates.render(template, channel, NoticeSamples.model());
                assertThat(text.subject() == null).as(template + " has a subject unless it goes to a mailbox")
                        .isEqualTo(template.audience() == Audience.REPORTER);
                for (String part : text.subject() == null ? new String[] {text.body()}
                        : new String[] {text.subject(), text.body()}) {
                    assertThat(part).as(template + " " + channel).isNotBlank()
                            .doesNotContain("[(", "[[", "${", "[#", "[/]", "null")
                            .containsPattern(HAN);
                }
            }
        }
    }

    @Test
    void everyPurposeHasItsMainTemplateAndSubject() {
        for (NoticePurpose purpose : NoticePurpose.values()) {
            NoticeText text = templates.render(purpose, NotificationChannel.EMAIL, NoticeSamples.model());
            assertThat(templates.bodyFile(NoticeTemplate.of(purpose), NotificationChannel.EMAIL))
                    .isEqualTo(NoticeTemplate.kebab(purpose.name()) + ".txt");
            assertThat(text.subject()).as(purpose.name()).containsPattern(HAN);
        }
    }

    @Test
    void theDecisionNamesTheCaseAndEveryRemedyOnEveryChannel() {
        for (NotificationChannel channel : NotificationChannel.values()) {
            String body = templates.render(NoticePurpose.DECISION, channel, NoticeSamples.model()).body();
            assertThat(body).as(channel.name()).contains(NoticeSamples.CASE_NUMBER, "核查", "调解", "仲裁", "诉讼", "30日",
                    "部分支持");
        }
        assertThat(templates.render(NoticePurpose.DECISION, NotificationChannel.LETTER, NoticeSamples.model()).body())
                .as("the full notice: findings, basis and compensation (Art. 19)")
                .contains("理赔材料已于2026年2月齐全", "依据保险合同第5条", "人民币1200.00元");
        assertThat(templates.bodyFile(NoticeTemplate.DECISION, NotificationChannel.SMS)).isEqualTo("decision.sms.txt");
    }

    @Test
    void complainantNoticesBySmsAreShort() {
        for (NoticeTemplate template : NoticeTemplate.values()) {
            if (template.audience() == Audience.COMPLAINANT && template != NoticeTemplate.REVIEW_DECISION) {
                assertThat(templates.render(template, NotificationChannel.SMS, NoticeSamples.model()).body())
                        .as(template.name()).hasSizeLessThanOrEqualTo(200);
            }
        }
    }

    @Test
    void staffAlertsNeedNoPersonalDataAndWhistleblowingAlertsSayOnlyThatATaskWaits() {
        Map<String, Object> withoutComplainant = NoticeSamples.model();
        withoutComplainant.remove("complainantName");
        for (NoticeTemplate template : NoticeTemplate.values()) {
            if (template.audience() != Audience.COMPLAINANT) {
                NoticeText text = templates.render(template, NotificationChannel.INTERNAL, withoutComplainant);
                assertThat(text.body() + text.subject()).as(template.name()).doesNotContain("张三");
            }
        }
        NoticeText wb = templates.render(NoticeTemplate.WB_INVESTIGATION_REMINDER, NotificationChannel.INTERNAL, Map.of());
        assertThat(wb.body()).isEqualTo("举报处理系统中有一项任务等待您处理，请登录系统查看。");
        assertThat(wb.subject()).doesNotContain(NoticeSamples.CASE_NUMBER);
    }

    @Test
    void whistleblowingReportersAreToldThroughTheMailboxInTheShippedWords() {
        Map<String, Object> model = NoticeSamples.model();
        assertThat(templates.render(NoticeTemplate.WB_ACKNOWLEDGEMENT, model)).isEqualTo("您的举报（编号 WB-2026-000001）已收到，"
                + "我们将依法保密并进行初步评估。是否受理的决定将在 2026-03-26 前告知（补充材料期间暂停计算）。");
        model.put("euRegime", true);
        assertThat(templates.render(NoticeTemplate.WB_ACKNOWLEDGEMENT, model)).endsWith("我们将在 2026-06-11 前向您反馈处理情况。");
        for (NoticeTemplate template : NoticeTemplate.values()) {
            if (template.audience() == Audience.REPORTER) {
                assertThat(template.purpose()).isNull();
                assertThat(templates.subjectFile(template)).isNull();
                assertThat(templates.render(template, model)).as(template.name()).contains("WB-2026-000001")
                        .doesNotContain("null", "[(");
            }
        }
    }

    @Test
    void aModelWithoutAValueTheTemplateNamesFailsNamingTheFile() {
        Map<String, Object> model = NoticeSamples.model();
        model.remove("resultLabel");

        assertThatThrownBy(() -> templates.render(NoticePurpose.DECISION, NotificationChannel.SMS, model))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("classpath:/notices/decision.sms.txt").hasMessageContaining("resultLabel");
    }

    @Test
    void aTemplateInAFileLocationReplacesTheShippedOne(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.writeString(dir.resolve("decision.sms.txt"), "【测试】投诉[(${caseNumber})]的处理结果：[(${resultLabel})]。"
                + "如有异议，可申请核查、调解、仲裁或提起诉讼。\n", StandardCharsets.UTF_8);

        NoticeTemplates fromFiles = new NoticeTemplates(RESOURCES, "file:" + dir);

        assertThat(fromFiles.location()).isEqualTo("file:" + dir + "/");
        assertThat(fromFiles.render(NoticePurpose.DECISION, NotificationChannel.SMS, NoticeSamples.model()).body())
                .isEqualTo("【测试】投诉" + NoticeSamples.CASE_NUMBER + "的处理结果：部分支持。如有异议，可申请核查、调解、仲裁或提起诉讼。");
        assertThat(fromFiles.render(NoticePurpose.DECISION, NotificationChannel.EMAIL, NoticeSamples.model()))
                .isEqualTo(templates.render(NoticePurpose.DECISION, NotificationChannel.EMAIL, NoticeSamples.model()));
    }

    @Test
    void aBrokenTemplateStopsTheStartNamingTheFileAndTheSetting(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.writeString(dir.resolve("extension.txt"), "您的投诉[# th:if=\"${caseNumber != null}\"]未闭合", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new NoticeTemplates(RESOURCES, "file:" + dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("extension.txt").hasMessageContaining("casedesk.notification.templates");
    }

    @Test
    void aMissingTemplateStopsTheStart(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.delete(dir.resolve("pause.txt"));
        Files.delete(dir.resolve("reminder.subject.txt"));

        assertThatThrownBy(() -> new NoticeTemplates(RESOURCES, "file:" + dir + "/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[pause.txt, reminder.subject.txt] not found in file:" + dir + "/")
                .hasMessageContaining("casedesk.notification.templates");
    }

    @Test
    void aMisspeltFileNameOrHtmlEscapingStopsTheStart(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.writeString(dir.resolve("decison.sms.txt"), "x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new NoticeTemplates(RESOURCES, "file:" + dir))
                .hasMessageContaining("decison.sms.txt is not the file of any notice");

        Files.delete(dir.resolve("decison.sms.txt"));
        Files.writeString(dir.resolve("resumed.txt"), "您的投诉[[${caseNumber}]]已恢复处理", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new NoticeTemplates(RESOURCES, "file:" + dir))
                .hasMessageContaining("resumed.txt uses [[...]]");
    }

    @Test
    void aLocationWithoutTemplatesStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new NoticeTemplates(RESOURCES, "file:" + dir.resolve("missing")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("decision.txt");
    }

    private static void copyShipped(Path dir) throws IOException {
        for (Resource r : RESOURCES.getResources(NoticeTemplateProperties.DEFAULT_LOCATION + "*.txt")) {
            try (var in = r.getInputStream()) {
                Files.copy(in, dir.resolve(r.getFilename()));
            }
        }
    }
}
