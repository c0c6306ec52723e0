package io.jiceng.platform.workitem;

import io.jiceng.platform.search.TextSearch;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The engine's open tasks read together with their case. Processes carry only the case's id: the {@code caseId}
 * variable of each process instance (the case's own, the review and the notice entry it calls), found through the
 * engine's unique index on a variable's scope and name. Everything the inbox filters on — division, module, case
 * type, number and title — is read from {@code case_record}. Filtering on process variables instead meant every
 * process instance of a case carried copies of them, each written to three engine tables.
 */
@Mapper
interface OpenTaskMapper {

    String TASK_WITH_CASE = """
            FROM ACT_RU_TASK t
            JOIN ACT_RU_VARIABLE v ON v.VAR_SCOPE_ = t.PROC_INST_ID_ AND v.NAME_ = 'caseId'
            JOIN case_record c ON c.id = v.LONG_
            """;

    /** Open tasks of cases in the scope, assigned to someone or offered to one of the groups, narrowed by the filter. */
    String INBOX = TASK_WITH_CASE + """
            WHERE t.SUSPENSION_STATE_ = 1 AND c.division_code LIKE #{q.scopePattern}
            <choose>
              <when test="q.assignee != null">AND t.ASSIGNEE_ = #{q.assignee}</when>
              <otherwise>AND t.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_
                AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN
                <foreach collection="q.groups" item="g" open="(" separator="," close=")">#{g}</foreach>)</otherwise>
            </choose>
            <if test="q.filter.moduleId != null">AND c.module_id = #{q.filter.moduleId}</if>
            <if test="q.filter.caseType != null">AND c.case_type = #{q.filter.caseType}</if>
            <if test="q.dueBefore != null">AND t.DUE_DATE_ &lt; #{q.dueBefore}</if>
            <if test="q.text != null">AND (c.case_no LIKE #{q.text}""" + TextSearch.ESCAPE + " OR c.title LIKE #{q.text}"
            + TextSearch.ESCAPE + ")</if>";

    /**
     * What an action on a task needs of it and of its case, and whether the task is offered to one of the
     * {@code groups} of the user reading it and still waits for co-signers: the checks of every task action, read in
     * the same statement so that they see the same moment as the task itself.
     */
    String COLUMNS = """
            SELECT t.ID_ AS id, t.NAME_ AS name, t.TASK_DEF_KEY_ AS step_key, t.ASSIGNEE_ AS assignee,
              t.CREATE_TIME_ AS created_at, t.DUE_DATE_ AS due_at, t.PROC_DEF_ID_ AS process_definition_id,
              t.DELEGATION_ AS delegation, c.id AS case_id, c.case_no, c.division_code,
              <choose><when test="groups.isEmpty()">0</when>
                <otherwise>CASE WHEN EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_
                  AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN
                  <foreach collection="groups" item="g" open="(" separator="," close=")">#{g}</foreach>)
                THEN 1 ELSE 0 END</otherwise></choose> AS offered_to_reader,
              CASE WHEN EXISTS (SELECT 1 FROM task_cosign s WHERE s.task_id = t.ID_ AND s.signed_at IS NULL)
                THEN 1 ELSE 0 END AS awaits_co_signers
            """;

    @Select("<script>" + COLUMNS + INBOX
            + " ORDER BY t.DUE_DATE_ ASC, t.CREATE_TIME_ DESC, t.ID_ LIMIT #{limit} OFFSET #{offset}</script>")
    List<OpenTask> inbox(@Param("q") InboxCriteria criteria, @Param("groups") Collection<String> groups,
                         @Param("offset") int offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) " + INBOX + "</script>")
    long countInbox(@Param("q") InboxCriteria criteria);

    /** An open task with its case, or null once it is gone (completed, or its case withdrawn). */
    @Select("<script>" + COLUMNS + TASK_WITH_CASE + "WHERE t.ID_ = #{taskId} AND t.SUSPENSION_STATE_ = 1</script>")
    OpenTask find(@Param("taskId") String taskId, @Param("groups") Collection<String> groups);

    /**
     * The open tasks of a case, in its own process and in those it called or that were started for it (an
     * objection's investigation), found through their {@code caseId}.
     */
    @Select("<script>" + COLUMNS + """
            FROM ACT_RU_VARIABLE v
            JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = v.VAR_SCOPE_
            JOIN case_record c ON c.id = v.LONG_
            WHERE v.NAME_ = 'caseId' AND v.LONG_ = #{caseId} AND t.SUSPENSION_STATE_ = 1
            ORDER BY t.CREATE_TIME_, t.ID_</script>""")
    List<OpenTask> ofCase(@Param("caseId") long caseId, @Param("groups") Collection<String> groups);
}
