package com.casedesk.notification.template;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The template files of one location, read once at start-up (like the working-day calendar: an edit
 * takes effect with a restart). Every problem an administrator must fix names the file and the
 * setting, and stops the start.
 */
final class NoticeTemplateFiles {

    static final String SUBJECT = "subject";
    static final String SETTING = "casedesk.notification.templates";

    private final String location;
    private final Map<String, String> texts;

    private NoticeTemplateFiles(String location, Map<String, String> texts) {
        this.location = location;
        this.texts = texts;
    }

    static NoticeTemplateFiles read(ResourcePatternResolver resources, String configured) {
        String location = configured.endsWith("/") ? configured : configured + "/";
        Map<String, String> texts = new TreeMap<>();
        Set<String> known = knownFileNames();
        try {
            for (Resource resource : resources.getResources(location + "*.txt")) {
                String name = resource.getFilename();
                if (name == null || !resource.isReadable()) {
                    continue;
                }
                if (!known.contains(name)) {
                    throw new IllegalStateException("notice template " + location + name + " is not the file of any"
                            + " notice: a template is <name>.txt, <name>.<channel>.txt or <name>.subject.txt with a name"
                            + " of " + Arrays.stream(NoticeTemplate.values()).map(NoticeTemplate::fileName).toList()
                            + " and a channel of " + channelNames() + " (check the spelling, or " + SETTING + ")");
                }
                try (InputStream in = resource.getInputStream()) {
                    texts.put(name, new String(in.readAllBytes(), UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notice templates in " + location + " (" + SETTING + ")", e);
        }
        NoticeTemplateFiles files = new NoticeTemplateFiles(location, texts);
        files.requireComplete();
        return files;
    }

    private void requireComplete() {
        Set<String> missing = new TreeSet<>();
        for (NoticeTemplate template : NoticeTemplate.values()) {
            if (!texts.containsKey(template.fileName() + ".txt")) {
                missing.add(template.fileName() + ".txt");
            }
        }
        for (NoticePurpose purpose : NoticePurpose.values()) {
            String subject = NoticeTemplate.of(purpose).fileName() + "." + SUBJECT + ".txt";
            if (!texts.containsKey(subject)) {
                missing.add(subject);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("notice templates " + missing + " not found in " + location
                    + ": every notice needs its template; check " + SETTING + " (a folder of your own must hold a copy"
                    + " of every template shipped in classpath:/notices/)");
        }
        texts.forEach((name, text) -> {
            if (text.contains("[[")) {
                throw new IllegalStateException("notice template " + location + name + " uses [[...]], which escapes"
                        + " for HTML: notices are plain text, write [(${name})]");
            }
        });
    }

    String location() {
        return location;
    }

    boolean has(String fileName) {
        return texts.containsKey(fileName);
    }

    String text(String fileName) {
        return texts.get(fileName);
    }

    Set<String> fileNames() {
        return texts.keySet();
    }

    static String channelName(NotificationChannel channel) {
        return NoticeTemplate.kebab(channel.name());
    }

    private static Set<String> knownFileNames() {
        Set<String> names = new TreeSet<>();
        for (NoticeTemplate template : NoticeTemplate.values()) {
            names.add(template.fileName() + ".txt");
            names.add(template.fileName() + "." + SUBJECT + ".txt");
            for (NotificationChannel channel : NotificationChannel.values()) {
                names.add(template.fileName() + "." + channelName(channel) + ".txt");
            }
        }
        return names;
    }

    private static Set<String> channelNames() {
        Set<String> names = new TreeSet<>();
        Arrays.stream(NotificationChannel.values()).map(NoticeTemplateFiles::channelName).forEach(names::add);
        return names;
    }
}
