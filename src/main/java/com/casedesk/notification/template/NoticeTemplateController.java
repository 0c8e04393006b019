package com.casedesk.notification.template;

import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.template.NoticeTemplate.Audience;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For compliance: which template file each notice uses, and a notice as it would read, rendered from
 * a real complaint or from sample data. A whistleblowing notice is only ever rendered with sample data:
 * no report is looked up, so the preview tells nothing about reports (compliance has no access to them).
 */
@RestController
@RequestMapping(value = "/api/notices/templates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notices 告知", description = "Notice templates: which file, and a preview")
class NoticeTemplateController {

    static final String MAILBOX = "MAILBOX";
    static final Set<String> MAY_PREVIEW = Set.of(StaffGroups.COMPLIANCE, StaffGroups.ADMIN);

    private final NoticeTemplates templates;
    private final List<NoticeModelSource> sources;

    NoticeTemplateController(NoticeTemplates templates, List<NoticeModelSource> sources) {
        this.templates = templates;
        this.sources = sources;
    }

    record TemplateFiles(String template, String purpose, String audience, String subject, Map<String, String> channels) {
    }

    record Listing(String location, List<TemplateFiles> templates) {
    }

    record Preview(String purpose, String template, String channel, String caseNumber, String subject, String body,
                   String templateFile, String subjectFile, List<String> sampleValues,
                   List<String> emptyValues) {
    }

    @GetMapping
    @Operation(summary = "Every notice and the template file it uses per channel (compliance, administrators)",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "Notices, their purpose and files")
    @ApiResponse(responseCode = "403", description = "Not compliance")
    Listing list() {
        requireMayPreview();
        List<TemplateFiles> rows = Arrays.stream(NoticeTemplate.values()).map(t -> {
            Map<String, String> channels = new LinkedHashMap<>();
            t.audience().channels().forEach(channel -> channels.put(channel.name(), templates.bodyFile(t, channel)));
            if (t.audience().channels().isEmpty()) {
                channels.put(MAILBOX, templates.bodyFile(t, null));
            }
            return new TemplateFiles(t.fileName(), t.purpose() == null ? null : t.purpose().name(), t.audience().name(),
                    templates.subjectFile(t), channels);
        }).toList();
        return new Listing(templates.location(), rows);
    }

    @GetMapping("/{purpose}/preview")
    @Operation(summary = "A notice as it would read (compliance, administrators)", description = "purpose: a purpose"
            + " (DECISION) or a template name (repeat-merged). With caseNumber a complaint's notice is rendered from"
            + " that case as it stands (values it has not yet, e.g. the result before the decision, are empty and listed in"
            + " emptyValues); values that are not the case's (a review, a pause) come from sample data, listed in sampleValues;"
            + " without it, or for a whistleblowing notice, from sample data only. channel: default the first of the"
            + " notice's channels (SMS for the complainant, INTERNAL for staff).",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "The rendered subject and body, and the files used")
    @ApiResponse(responseCode = "400", description = "Unknown purpose or channel (the problem names the parameter)")
    @ApiResponse(responseCode = "403", description = "Not compliance")
    @ApiResponse(responseCode = "404", description = "No complaint with this case number")
    Preview preview(@PathVariable String purpose, @RequestParam(required = false) String caseNumber,
                    @RequestParam(required = false) String channel) {
        requireMayPreview();
        NoticeTemplate template = NoticeTemplate.find(purpose).orElseThrow(() -> invalid("purpose",
                "unknown notice '" + purpose + "': one of " + Arrays.stream(NoticeTemplate.values())
                        .map(NoticeTemplate::fileName).toList()));
        NotificationChannel on = channel(template, channel);
        Map<String, Object> model = NoticeSamples.model();
        String previewed = caseNumber == null || caseNumber.isBlank()
                || template.audience().sampleOnly() ? null : caseNumber.strip();
        Set<String> fromCase = Set.of();
        if (previewed != null) {
            Map<String, Object> real = sources.stream().filter(s -> s.owns(template)).findFirst()
                    .flatMap(s -> s.model(template, previewed))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + previewed));
            model.putAll(real);
            fromCase = real.keySet();
        }
        NoticeTemplates.Rendered rendered = templates.rendered(template, on, model);
        Set<String> used = new TreeSet<>(templates.variablesOf(rendered.bodyFile()));
        used.addAll(templates.variablesOf(rendered.subjectFile()));
        Set<String> sampled = new TreeSet<>(used);
        sampled.removeAll(fromCase);
        Set<String> empty = new TreeSet<>(used);
        empty.removeIf(name -> model.get(name) != null);
        return new Preview(template.purpose() == null ? null : template.purpose().name(), template.fileName(),
                on == null ? MAILBOX : on.name(), previewed,
                rendered.text().subject(), rendered.text().body(), rendered.bodyFile(), rendered.subjectFile(),
                List.copyOf(sampled), List.copyOf(empty));
    }

    /** null: the reporter's mailbox, the only way a whistleblowing reporter is told. */
    private static NotificationChannel channel(NoticeTemplate template, String channel) {
        if (template.audience().channels().isEmpty()) {
            return null;
        }
        if (channel == null || channel.isBlank()) {
            return template.audience().channels().get(0);
        }
        return Arrays.stream(NotificationChannel.values())
                .filter(c -> c.name().equalsIgnoreCase(channel.strip())
                        || NoticeTemplate.kebab(c.name()).equals(channel.strip()))
                .findFirst()
                .orElseThrow(() -> invalid("channel", "unknown channel '" + channel + "': one of "
                        + Arrays.toString(NotificationChannel.values())));
    }

    private static void requireMayPreview() {
        if (CurrentUser.groups().stream().noneMatch(MAY_PREVIEW::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Notice templates are previewed by " + MAY_PREVIEW);
        }
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
