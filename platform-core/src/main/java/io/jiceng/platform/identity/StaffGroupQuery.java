package io.jiceng.platform.identity;

import io.jiceng.platform.identity.StaffDirectory.Team;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;

/** Camunda's group query over the candidate groups the staff hold. No starters of processes, no tenants. */
class StaffGroupQuery extends GroupQueryImpl {

    private static final Map<String, Function<Team, String>> ORDER = Map.of(
            GroupQueryProperty.GROUP_ID.getName(), Team::id,
            GroupQueryProperty.NAME.getName(), Team::name,
            GroupQueryProperty.TYPE.getName(), Team::type);

    StaffGroupQuery() {
    }

    StaffGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return matches(commandContext).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return QueryResults.sortedPage(this, page, matches(commandContext), ORDER, Team::id).stream()
                .map(StaffGroupQuery::group).toList();
    }

    private List<Team> matches(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return List.of();
        }
        return StaffIdentityProvider.of(commandContext).directory().teams().stream().filter(this::matches).toList();
    }

    private boolean matches(Team team) {
        return (id == null || id.equals(team.id()))
                && (ids == null || Arrays.asList(ids).contains(team.id()))
                && (name == null || name.equals(team.name()))
                && (nameLike == null || QueryResults.like(team.name(), nameLike))
                && (type == null || type.equals(team.type()))
                && (userId == null || team.memberIds().contains(userId));
    }

    private static Group group(Team team) {
        GroupEntity group = new GroupEntity(team.id());
        group.setName(team.name());
        group.setType(team.type());
        return group;
    }
}
