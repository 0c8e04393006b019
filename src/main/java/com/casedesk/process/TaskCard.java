package com.casedesk.process;

/**
 * What a Tasklist card shows about the case behind a task: a few display values, kept on the task as
 * task-local variables so that a candidate reads them with the READ_VARIABLE the engine gives them on
 * their own task, without any right on the case's instance variables (docs/security.md: need-to-know,
 * recusal). Written by the service only ({@link TaskCards}); no person can set them through the task.
 *
 * @param caseNumber the complaint's case number or the report's number
 * @param level      the level as shown, e.g. "一级", or null
 * @param category   the category as shown, e.g. "理赔纠纷", or null
 * @param replyDue   the reply deadline as an absolute date in the service's zone, e.g. "2026-12-18", or null
 * @param priority   the task's priority: sorts tasks with the same due date, Level 1 first
 * @param readers    groups that follow every task of such cases (they may read its task variables already, on
 *                   the process definition) and whose level filters should show the card too: the engine's list
 *                   query reads task variables only with READ_VARIABLE on the task itself
 */
public record TaskCard(String caseNumber, String level, String category, String replyDue, int priority,
                       java.util.List<String> readers) {

    /** The engine's default task priority: a task with no level sorts after every levelled one. */
    public static final int NO_LEVEL = 50;

    /** The task variables, one declaration each; the names are what the Tasklist filters show. */
    public static final class Vars {
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("card_caseNumber");
        public static final ProcessVariable<String> LEVEL = ProcessVariable.string("card_level");
        public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("card_category");
        public static final ProcessVariable<String> REPLY_DUE = ProcessVariable.string("card_replyDue");

        private Vars() {
        }
    }

    /** Level 1 sorts first among tasks due at the same time: 90, 80, 70. */
    public static int priorityOf(Integer level) {
        return level == null || level < 1 || level > 4 ? NO_LEVEL : 100 - 10 * level;
    }
}
