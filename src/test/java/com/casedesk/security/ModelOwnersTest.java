package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 18: who owns which model is data in the access matrix, complaints and whistleblowing apart. */
@UnitTest
class ModelOwnersTest {

    private final ModelOwners owners = new ModelOwners();
    private final List<String> complaintOwner = List.of(StaffGroups.PROCESS_OWNER);
    private final List<String> wbOwner = List.of(StaffGroups.WB_PROCESS_OWNER);

    @Test
    void everyShippedModelHasAnOwnerAndNoModelIsBothAreas() throws Exception {
        for (String key : shippedKeys()) {
            assertThat(AccessMatrix.ownersOf(key)).as(key).isNotEmpty();
            assertThat(owners.owns(complaintOwner, key) && owners.owns(wbOwner, key)).as(key).isFalse();
        }
    }

    @Test
    void complaintAndWhistleblowingOwnersOwnOnlyTheirArea() {
        assertThat(owners.owns(complaintOwner, "complaint-grading")).isTrue();
        assertThat(owners.owns(complaintOwner, "notice-letter")).isTrue();
        assertThat(owners.owns(complaintOwner, "complaint-decide")).as("a form").isTrue();
        assertThat(owners.owns(complaintOwner, "whistleblowing-handling")).isFalse();
        assertThat(owners.owns(complaintOwner, "wb-decide")).isFalse();
        assertThat(owners.owns(complaintOwner, "regime-cn-wb")).isFalse();
        assertThat(owners.owns(wbOwner, "whistleblowing-handling")).isTrue();
        assertThat(owners.owns(wbOwner, "regime-eu-2019-1937")).isTrue();
        assertThat(owners.owns(wbOwner, "complaint-grading")).isFalse();
        assertThat(owners.owns(wbOwner, "regime-cn-2020-3")).isFalse();
    }

    @Test
    void complianceCoOwnsTheStatutoryTablesOnlyAndAdministratorsOwnEverything() {
        List<String> compliance = List.of(StaffGroups.COMPLIANCE);
        assertThat(owners.owns(compliance, "regime-cn-2020-3")).isTrue();
        assertThat(owners.owns(compliance, "regime-cn-wb")).isTrue();
        assertThat(owners.owns(compliance, "complaint-grading")).isFalse();
        assertThat(owners.owns(compliance, "some-new-model")).isFalse();
        assertThat(owners.owns(complaintOwner, "retention-sweep")).isFalse();
        assertThat(owners.owns(List.of(StaffGroups.ADMIN), "retention-sweep")).isTrue();
        assertThat(owners.owns(List.of(StaffGroups.ADMIN), "whistleblowing-handling")).isTrue();
    }

    @Test
    void anUnassignedKeyIsAnyOwnersAndNobodyElses() {
        assertThat(owners.owns(complaintOwner, "some-new-model")).isTrue();
        assertThat(owners.owns(wbOwner, "some-new-model")).isTrue();
        assertThat(owners.owns(List.of(StaffGroups.FRONTLINE, StaffGroups.MANAGER), "some-new-model")).isFalse();
        assertThat(owners.owns(List.of(), "complaint-grading")).isFalse();
        assertThat(owners.ownsAny(List.of(StaffGroups.FRONTLINE, StaffGroups.WB_COMMITTEE))).isFalse();
        assertThat(owners.ownsAny(wbOwner)).isTrue();
    }

    private static List<String> shippedKeys() throws Exception {
        Pattern id = Pattern.compile("<(?:bpmn:)?(?:process|decision) id=\"([^\"]+)\"");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("processes")), Files.walk(Path.of("forms")))) {
            List<String> keys = files.filter(Files::isRegularFile).flatMap(f -> {
                try {
                    if (f.toString().endsWith(".form")) {
                        return Stream.of(json.readTree(f.toFile()).get("id").asText());
                    }
                    Matcher m = id.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(keys).contains("complaint-handling", "complaint-grading", "wb-decide", "regime-cn-wb");
            return keys;
        }
    }
}
