package com.casedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps show a key itself when the chosen locale lacks it, and English is not offered,
 * so our zh.json must carry every key of the en.json that the 7.x webjar on the classpath ships —
 * an upgrade that adds strings fails here instead of showing raw keys to staff.
 */
@UnitTest
class WebappLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|%[sd]");
    private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
    /** Labels that read the same in Chinese: names, formats and the bare "ID". */
    private static final Set<String> SAME_AS_ENGLISH = Set.of("Camunda", "ID", "ID*", "CSV", "JSON",
            "YYYY-MM-DDTHH:mm:ss");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseHasEveryEnglishKeyAndNoOther(String app) throws IOException {
        Map<String, JsonNode> en = flat(read(app, "en.json"));
        Map<String, JsonNode> zh = flat(read(app, "zh.json"));

        assertThat(zh.keySet()).as("%s zh.json keys", app).containsExactlyInAnyOrderElementsOf(en.keySet());
        en.forEach((key, value) -> assertThat(zh.get(key).getNodeType()).as(key).isEqualTo(value.getNodeType()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void placeholdersAndMarkupSurviveTranslation(String app) throws IOException {
        Map<String, JsonNode> en = flat(read(app, "en.json"));
        Map<String, JsonNode> zh = flat(read(app, "zh.json"));
        List<String> broken = new ArrayList<>();
        en.forEach((key, value) -> {
            String english = value.asText();
            String chinese = zh.containsKey(key) ? zh.get(key).asText() : "";
            if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, chinese))
                    || !all(HTML_TAG, english).equals(all(HTML_TAG, chinese))) {
                broken.add(key + ": " + english + " -> " + chinese);
            }
        });
        assertThat(broken).as("%s labels whose {{placeholders}} or tags differ", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyWordyLabelIsChinese(String app) throws IOException {
        JsonNode labels = read(app, "zh.json").get("labels");
        List<String> english = new ArrayList<>();
        labels.fields().forEachRemaining(e -> {
            String text = e.getValue().asText().trim();
            if (!SAME_AS_ENGLISH.contains(text) && ENGLISH_WORD.matcher(text).find()
                    && !CJK.matcher(text).find()) {
                english.add(e.getKey() + ": " + text);
            }
        });
        assertThat(english).as("%s labels left in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void ourConfigWinsOverTheShippedOneAndOffersOnlyChinese(String app) throws IOException {
        List<URL> configs = Collections.list(getClass().getClassLoader().getResources(APP + app + "/scripts/config.js"));
        assertThat(configs).as("ours and the webjar's").hasSize(2);
        // Spring serves the first match on the classpath; the application's classes come before the webjar
        String ours;
        try (InputStream in = configs.get(0).openStream()) {
            ours = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(configs.get(0).toString()).doesNotContain("camunda-webapp-webjar");
        assertThat(ours.replaceAll("\\s", ""))
                .contains("locales:{availableLocales:['zh'],fallbackLocale:'zh'}");
    }

    private JsonNode read(String app, String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(APP + app + "/locales/" + file)) {
            assertThat(in).as("%s/locales/%s on the classpath", app, file).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(text);
        }
    }

    private static Map<String, JsonNode> flat(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flat("", node, out);
        return out;
    }

    private static void flat(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flat(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flat(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node);
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(m.groupCount() > 0 && m.group(1) != null ? 1 : 0));
        }
        return found;
    }
}
