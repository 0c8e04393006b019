package com.casedesk.notification.template;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * The words of every notice, from template files the business edits (Thymeleaf, TEXT mode:
 * {@code [(${caseNumber})]}, {@code [# th:if="${compensation != null}"]...[/]}). Java builds the model
 * (case number, dates formatted in the service's zone, labels rather than codes); the file holds the
 * words. Lookup: {@code <name>.<channel>.txt}, else {@code <name>.txt}; the subject from
 * {@code <name>.subject.txt}, else the purpose's {@code <purpose>.subject.txt}.
 *
 * <p>Fails loudly, naming the file: at start-up when a template is missing, unknown or does not render
 * with the sample data; when rendering, when the template fails or names a value the model lacks
 * (a misspelt name would otherwise print nothing) — the calling job then retries and ends as an incident.
 */
@Component
public class NoticeTemplates {

    private static final Logger log = LoggerFactory.getLogger(NoticeTemplates.class);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** A rendered notice and the files it came from (for the preview and the listing). */
    public record Rendered(NoticeText text, String bodyFile, String subjectFile) {
    }

    private final NoticeTemplateFiles files;
    private final TemplateEngine engine;

    @Autowired
    NoticeTemplates(NoticeTemplateProperties properties, ResourcePatternResolver resources) {
        this(resources, properties.templates());
        log.info("notice templates: {} files loaded from {}", files.fileNames().size(), files.location());
    }

    /** Reads and checks every template of {@code location} (a Spring resource location). */
    public NoticeTemplates(ResourcePatternResolver resources, String location) {
        this.files = NoticeTemplateFiles.read(resources, location);
        this.engine = NoticeTemplateEngine.over(files);
        validate();
    }

    /** The purpose's main text for {@code channel}. */
    public NoticeText render(NoticePurpose purpose, NotificationChannel channel, Map<String, Object> model) {
        return render(NoticeTemplate.of(purpose), channel, model);
    }

    public NoticeText render(NoticeTemplate template, NotificationChannel channel, Map<String, Object> model) {
        return rendered(template, channel, model).text();
    }

    /** A message to a whistleblowing reporter's mailbox: no channel, no subject. */
    public String render(NoticeTemplate template, Map<String, Object> model) {
        return rendered(template, null, model).text().body();
    }

    /** {@code channel} null: the mailbox, which has only {@code <name>.txt}. */
    public Rendered rendered(NoticeTemplate template, NotificationChannel channel, Map<String, Object> model) {
        String bodyFile = bodyFile(template, channel);
        String subjectFile = subjectFile(template);
        String subject = subjectFile == null ? null : process(subjectFile, model);
        return new Rendered(new NoticeText(subject, process(bodyFile, model)), bodyFile, subjectFile);
    }

    /** The file that holds {@code template}'s words for {@code channel}. */
    public String bodyFile(NoticeTemplate template, NotificationChannel channel) {
        String specific = channel == null ? null
                : template.fileName() + "." + NoticeTemplateFiles.channelName(channel) + ".txt";
        return specific != null && files.has(specific) ? specific : template.fileName() + ".txt";
    }

    /** Its own subject, else its purpose's; null for a mailbox message without one. */
    public String subjectFile(NoticeTemplate template) {
        String own = template.fileName() + "." + NoticeTemplateFiles.SUBJECT + ".txt";
        if (files.has(own) || template.purpose() == null) {
            return files.has(own) ? own : null;
        }
        return NoticeTemplate.of(template.purpose()).fileName() + "." + NoticeTemplateFiles.SUBJECT + ".txt";
    }

    /** The values {@code file} names; empty for none (a mailbox message has no subject file) or one not held. */
    public Set<String> variablesOf(String file) {
        return file != null && files.has(file) ? variables(files.text(file)) : Set.of();
    }

    /** Where the templates are read from, as configured. */
    public String location() {
        return files.location();
    }

    /** The values a file names ({@code ${...}}); a model must hold each (null allowed). */
    static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String process(String file, Map<String, Object> model) {
        Set<String> lacking = new TreeSet<>(variables(files.text(file)));
        lacking.removeAll(model.keySet());
        if (!lacking.isEmpty()) {
            throw new NoticeTemplateException(files.location() + file + " names " + lacking
                    + ", which this notice's model does not hold (known: " + new TreeSet<>(model.keySet()) + ")", null);
        }
        try {
            return engine.process(file, new Context(CHINESE, model)).strip();
        } catch (TemplateEngineException e) {
            throw new NoticeTemplateException(files.location() + file + " failed to render: " + e.getMessage(), e);
        }
    }

    /** Every file renders with the sample data, so a broken edit stops the start, not a notice job. */
    private void validate() {
        Map<String, Object> sample = NoticeSamples.model();
        for (String file : files.fileNames()) {
            try {
                process(file, sample);
            } catch (NoticeTemplateException e) {
                throw new IllegalStateException("notice template " + e.getMessage() + "; fix the file or "
                        + NoticeTemplateFiles.SETTING, e);
            }
        }
    }
}
