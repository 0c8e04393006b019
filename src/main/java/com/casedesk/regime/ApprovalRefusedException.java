package com.casedesk.regime;

import com.casedesk.security.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An approval of a regime table version that is refused, as problem+json. */
public class ApprovalRefusedException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private ApprovalRefusedException(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    static ApprovalRefusedException of(ApprovalRule.Refusal refusal, RegimeVersions.Version version) {
        String which = version.decisionKey() + " version " + version.version();
        return switch (refusal) {
            case NOT_COMPLIANCE -> new ApprovalRefusedException(HttpStatus.FORBIDDEN,
                    "法定期限表的变更只能由合规部批准 (only the group " + StaffGroups.COMPLIANCE + " approves " + which + ")");
            case DEPLOYED_IT -> new ApprovalRefusedException(HttpStatus.FORBIDDEN,
                    "四眼原则：部署者不能批准自己部署的版本 (four-eyes: " + which + " was deployed by you; another "
                            + "member of " + StaffGroups.COMPLIANCE + " approves it)");
            case NOT_PENDING -> new ApprovalRefusedException(HttpStatus.CONFLICT,
                    which + " 已生效，无需批准 (is already approved" + (version.approvedBy() == null
                            ? ", shipped with the service)" : " by " + version.approvedBy() + ")"));
        };
    }

    static ApprovalRefusedException notFound(String decisionKey, int version) {
        return new ApprovalRefusedException(HttpStatus.NOT_FOUND, "no version " + version + " of " + decisionKey);
    }

    static ApprovalRefusedException unknownTable(String decisionKey) {
        return new ApprovalRefusedException(HttpStatus.NOT_FOUND, "no regime table " + decisionKey);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
