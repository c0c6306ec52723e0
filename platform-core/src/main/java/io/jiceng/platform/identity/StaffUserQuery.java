package io.jiceng.platform.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import io.jiceng.platform.identity.StaffDirectory.Person;

/**
 * Camunda's user query over the staff. Staff have no e-mail address, and the platform neither names starters of
 * processes nor uses tenants: criteria on those match nobody.
 */
class StaffUserQuery extends UserQueryImpl {

    private static final Map<String, Function<Person, String>> ORDER = Map.of(
            UserQueryProperty.USER_ID.getName(), Person::id,
            UserQueryProperty.FIRST_NAME.getName(), person -> person.name().given(),
            UserQueryProperty.LAST_NAME.getName(), person -> person.name().family(),
            UserQueryProperty.EMAIL.getName(), person -> null);

    StaffUserQuery() {
    }

    StaffUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return matches(commandContext).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return QueryResults.sortedPage(this, page, matches(commandContext), ORDER, Person::id).stream()
                .map(StaffUserQuery::user).toList();
    }

    private List<Person> matches(CommandContext commandContext) {
        if (email != null || emailLike != null || procDefId != null || tenantId != null) {
            return List.of();
        }
        StaffDirectory directory = StaffIdentityProvider.of(commandContext).directory();
        List<Person> candidates = id != null ? directory.person(id).stream().toList() : directory.people();
        return candidates.stream().filter(this::matches).toList();
    }

    private boolean matches(Person person) {
        PersonName name = person.name();
        return (ids == null || Arrays.asList(ids).contains(person.id()))
                && (firstName == null || firstName.equals(name.given()))
                && (firstNameLike == null || QueryResults.like(name.given(), firstNameLike))
                && (lastName == null || lastName.equals(name.family()))
                && (lastNameLike == null || QueryResults.like(name.family(), lastNameLike))
                && (groupId == null || person.groupIds().contains(groupId));
    }

    private static User user(Person person) {
        UserEntity user = new UserEntity(person.id());
        user.setFirstName(person.name().given());
        user.setLastName(person.name().family());
        return user;
    }
}
