package com.casedesk.complaint;

public final class Levels {

    private Levels() {
    }

    public static String label(int level) {
        return switch (level) {
            case 1 -> "一级 (Level 1)";
            case 2 -> "二级 (Level 2)";
            case 3 -> "三级 (Level 3)";
            default -> "Level " + level;
        };
    }
}
