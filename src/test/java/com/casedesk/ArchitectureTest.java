package com.casedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.casedesk.process.ProcessVariable;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.data.repository.Repository;

/**
 * The package rules of docs/architecture.md, on the main classes: features do not reach into each other,
 * the engine's internals have one seam ({@code process}), process variables are read through their
 * declarations and delegates stay next to their process, over domain services.
 */
@AnalyzeClasses(packages = "com.casedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Where delegates and listeners live: next to the process they serve. */
    static final String[] FEATURES = {"..complaint..", "..rectification..", "..whistleblowing..", "..retention..",
            "..notification.."};

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("com.casedesk.(*)..")
            .should().beFreeOfCycles();

    /** Empty (and passing) while complaint has no sub-packages; checked as soon as it has. */
    @ArchTest
    static final ArchRule noCyclesBetweenComplaintCapabilities = slices().matching("com.casedesk.complaint.(*)..")
            .should().beFreeOfCycles().allowEmptyShould(true);

    @ArchTest
    static final ArchRule whistleblowingDoesNotDependOnComplaint = noClasses().that().resideInAPackage("..whistleblowing..")
            .should().dependOnClassesThat().resideInAPackage("..complaint..");

    @ArchTest
    static final ArchRule complaintDoesNotDependOnWhistleblowing = noClasses().that().resideInAPackage("..complaint..")
            .should().dependOnClassesThat().resideInAPackage("..whistleblowing..");

    /** One place to check on an engine upgrade (the SQL on the engine's tables is in process too: EngineTables). */
    @ArchTest
    static final ArchRule onlyProcessUsesEngineInternals = noClasses().that().resideOutsideOfPackage("com.casedesk.process..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("the engine seam is com.casedesk.process (EngineHistory, EngineTables, EngineClock, EngineCaller, ...)");

    @ArchTest
    static final ArchRule variablesOnlyThroughTheirDeclarations = noClasses()
            .that().doNotHaveFullyQualifiedName(ProcessVariable.class.getName())
            // the engine's expression resolver: it reads whatever name a model's expression uses, after ExpressionPolicy
            .and().doNotHaveFullyQualifiedName("com.casedesk.process.GuardedElResolver")
            .should().callMethodWhere(variableAccess())
            .because("a process variable is declared once, with its type, as a ProcessVariable");

    /** Rectification serves complaints and whistleblowing reports alike; each case type vouches for its numbers. */
    @ArchTest
    static final ArchRule rectificationDependsOnNoCaseType = noClasses().that().resideInAPackage("..rectification..")
            .should().dependOnClassesThat().resideInAnyPackage("..complaint..", "..whistleblowing..");

    /** The ledger core does not reach into the capabilities built on it. */
    @ArchTest
    static final ArchRule complaintLedgerCoreDependsOnNoCapability = noClasses()
            .that().resideInAPackage("com.casedesk.complaint")
            .should().dependOnClassesThat().resideInAPackage("com.casedesk.complaint.(*)..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule delegatesAndListenersLiveNextToTheirProcess = classes().that(areDelegatesOrListeners())
            .should().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule delegatesAndListenersUseDomainServicesNotRepositories = noClasses().that(areDelegatesOrListeners())
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("the rule lives in a domain service that is testable without Spring");

    private static final List<Class<?>> VARIABLE_HOLDERS = List.of(VariableScope.class, DelegateExecution.class,
            DelegateTask.class, RuntimeService.class, TaskService.class);
    private static final Pattern VARIABLE_METHOD = Pattern.compile("(get|set|remove)Variable.*");

    private static DescribedPredicate<JavaMethodCall> variableAccess() {
        return DescribedPredicate.describe("a get/set/removeVariable* method of VariableScope, DelegateExecution, "
                + "DelegateTask, RuntimeService or TaskService", call -> VARIABLE_METHOD.matcher(call.getName()).matches()
                && VARIABLE_HOLDERS.stream().anyMatch(holder -> call.getTargetOwner().isAssignableTo(holder)));
    }

    private static DescribedPredicate<JavaClass> areDelegatesOrListeners() {
        return DescribedPredicate.describe("are delegates or listeners", javaClass -> !javaClass.isInterface()
                && (javaClass.isAssignableTo(JavaDelegate.class) || javaClass.isAssignableTo(ExecutionListener.class)
                || javaClass.isAssignableTo(TaskListener.class)));
    }
}
