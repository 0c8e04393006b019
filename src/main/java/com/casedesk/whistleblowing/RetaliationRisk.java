package com.casedesk.whistleblowing;

/** 打击报复风险, assessed at the protection follow-up (ISO 37002). */
public enum RetaliationRisk { NONE, LOW, HIGH }
