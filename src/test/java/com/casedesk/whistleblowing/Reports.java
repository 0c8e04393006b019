package com.casedesk.whistleblowing;

import java.util.concurrent.ThreadLocalRandom;

/** Test reports in the JSON of the intake contract, each with a reporter no other test uses. */
final class Reports {

    record Reporter(String name, String phone, String email) {
    }

    private Reports() {
    }

    static Reporter newReporter() {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Reporter("欧阳清风" + digits, "139" + digits, "wb" + digits + "@example.com");
    }

    static String realName(Reporter r) {
        return """
                {"anonymous": false, "reporter": {"name": "%s", "phone": "%s", "email": "%s"},
                 "reportedParty": {"name": "王某", "unit": "朝阳支行"},
                 "description": "2026年9月起，支行信贷科长要求客户支付咨询费后方可放款。",
                 "occurredAt": "2026-01-01", "location": "北京市朝阳区"}
                """.formatted(r.name(), r.phone(), r.email());
    }

    static String anonymous() {
        return """
                {"anonymous": true,
                 "reportedParty": {"name": "王某", "unit": "朝阳支行"},
                 "description": "支行员工私下销售未经备案的理财产品。",
                 "occurredAt": "2026-01-01", "location": "北京市朝阳区"}
                """;
    }
}
