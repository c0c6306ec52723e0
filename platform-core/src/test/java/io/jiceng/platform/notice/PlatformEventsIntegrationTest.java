package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.event.CaseClosed;
import io.jiceng.platform.event.CaseOpened;
import io.jiceng.platform.event.CaseStatusChanged;
import io.jiceng.platform.event.NoticeClosed;
import io.jiceng.platform.event.NoticePublished;
import io.jiceng.platform.event.ResidentChanged;
import io.jiceng.platform.event.ResidentRegistered;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The core's events reach both kinds of listener once each, after the change is committed, and never for a change
 * rolled back. Beside {@link NoticeDesk}, which works a case of its own through review and notice.
 */
@SpringBootTest
class PlatformEventsIntegrationTest {

    @Autowired ConfigurableApplicationContext context;
    @Autowired ManagementService management;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    private final List<Object> heard = new CopyOnWriteArrayList<>();
    private final List<Object> heardAfterCommit = new CopyOnWriteArrayList<>();
    private final List<String> committedStatusWhenHeard = new CopyOnWriteArrayList<>();
    private ApplicationListener<PayloadApplicationEvent<Object>> plain;
    private TransactionalApplicationListener<PayloadApplicationEvent<Object>> transactional;

    @BeforeEach
    void listen() {
        plain = event -> {
            heard.add(event.getPayload());
            if (event.getPayload() instanceof CaseStatusChanged changed) {
                committedStatusWhenHeard.add(committedStatus(changed.caseId()));
            }
        };
        transactional = TransactionalApplicationListener.forPayload(TransactionPhase.AFTER_COMMIT, heardAfterCommit::add);
        context.addApplicationListener(plain);
        context.addApplicationListener(transactional);
    }

    @AfterEach
    void stopListening() {
        ApplicationEventMulticaster multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        multicaster.removeApplicationListener(plain);
        multicaster.removeApplicationListener(transactional);
    }

    @Test
    void aCaseTellsItsOpeningEachStatusItsNoticeAndItsClosingOnceEachAfterCommit() {
        NoticeDesk desk = new NoticeDesk(context);
        CaseRecord record = desk.applyAndApprove("欧阳秀英");
        long id = record.id();
        Notice notice = desk.publish(List.of(id));
        closeByItsTimer(notice);

        String module = record.moduleId();
        String type = record.caseType();
        String division = record.divisionCode();
        List<Object> expected = List.of(
                new ResidentRegistered(record.residentId(), division),
                new CaseOpened(id, record.caseNo(), module, type, division, record.residentId()),
                new CaseStatusChanged(id, record.caseNo(), module, type, division, CaseStatus.IN_REVIEW, CaseStatus.AWAITING_NOTICE),
                new CaseStatusChanged(id, record.caseNo(), module, type, division, CaseStatus.AWAITING_NOTICE, CaseStatus.IN_NOTICE),
                new NoticePublished(notice.id(), NoticeDesk.PROCEDURE, notice.divisionCode(), List.of(id)),
                new NoticeClosed(notice.id(), NoticeDesk.PROCEDURE, notice.divisionCode(), List.of(id), List.of()),
                new CaseStatusChanged(id, record.caseNo(), module, type, division, CaseStatus.IN_NOTICE, CaseStatus.APPROVED),
                new CaseClosed(id, record.caseNo(), module, type, division, CaseStatus.APPROVED));
        assertThat(concerning(heard, record, notice)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(concerning(heardAfterCommit, record, notice)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(committedStatusWhenHeard).as("each status was committed when its event arrived")
                .containsSubsequence("AWAITING_NOTICE", "IN_NOTICE", "APPROVED");
    }

    @Test
    void anEditTellsTheNewVersionAndWhereTheResidentLivedBefore() {
        NoticeDesk desk = new NoticeDesk(context);
        Resident resident = desk.staff.as("t-clerk", () -> desk.residents.register(desk.residentForm("司马建国")));
        ResidentForm moved = ResidentForm.of(resident);
        moved.setAddress("溪美街道新华路 8 号");

        Resident edited = desk.staff.as("t-clerk", () -> desk.residents.update(resident.id(), resident.version(), moved));

        assertThat(heard).filteredOn(ResidentChanged.class::isInstance).filteredOn(e -> ((ResidentChanged) e).residentId() == resident.id())
                .containsExactly(new ResidentChanged(resident.id(), edited.divisionCode(), resident.divisionCode(), edited.version()));
    }

    @Test
    void nothingIsToldOfWorkRolledBackNorBeforeTheCommit() {
        NoticeDesk desk = new NoticeDesk(context);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        Resident rolledBack = desk.staff.as("t-clerk", () -> transaction.execute(status -> {
            Resident resident = desk.residents.register(desk.residentForm("上官雨"));
            desk.startFor(resident);
            status.setRollbackOnly();
            return resident;
        }));
        Resident committed = desk.staff.as("t-clerk", () -> transaction.execute(status -> {
            Resident resident = desk.residents.register(desk.residentForm("诸葛明"));
            assertThat(heard).as("not before the commit").doesNotContain(new ResidentRegistered(resident.id(), resident.divisionCode()));
            return resident;
        }));

        assertThat(heard).noneMatch(e -> e instanceof ResidentRegistered r && r.residentId() == rolledBack.id())
                .noneMatch(e -> e instanceof CaseOpened c && rolledBack.id().equals(c.residentId()));
        assertThat(heardAfterCommit).noneMatch(e -> e instanceof ResidentRegistered r && r.residentId() == rolledBack.id());
        assertThat(heard).containsOnlyOnce(new ResidentRegistered(committed.id(), committed.divisionCode()));
    }

    private static List<Object> concerning(List<Object> events, CaseRecord record, Notice notice) {
        return events.stream().filter(e -> e instanceof ResidentRegistered r && r.residentId() == record.residentId()
                || e instanceof CaseOpened c && c.caseId() == record.id()
                || e instanceof CaseStatusChanged c && c.caseId() == record.id()
                || e instanceof CaseClosed c && c.caseId() == record.id()
                || e instanceof NoticePublished n && n.noticeId() == notice.id()
                || e instanceof NoticeClosed n && n.noticeId() == notice.id()).toList();
    }

    /** The case's status as another connection sees it: only what is committed. */
    private String committedStatus(long caseId) {
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return separate.execute(status -> jdbc.queryForObject("SELECT status FROM case_record WHERE id = ?", String.class, caseId));
    }

    private void closeByItsTimer(Notice notice) {
        Job timer = management.createJobQuery().processInstanceId(notice.processInstanceId()).singleResult();
        management.executeJob(timer.getId());
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }
}
