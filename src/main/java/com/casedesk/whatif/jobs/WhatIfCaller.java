package com.casedesk.whatif.jobs;

import java.util.List;

/** Who asks: the API's logged-in user (security/CurrentUser) or the Cockpit session's (process/EngineCaller). */
public record WhatIfCaller(String userId, List<String> groups) {

    public WhatIfCaller {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
