package com.casedesk.notification.letter;

import java.util.List;

/**
 * What {@code notices/letter.html} prints. Public because the template reads it by reflection (OGNL).
 * Every value is text: Thymeleaf escapes it ({@code th:text}), so a complainant's words never become markup.
 */
public record LetterPage(String companyName, String companyAddress, String contactPhone, String recipient,
                         String date, String caseNumber, String heading, List<String> paragraphs) {
}
