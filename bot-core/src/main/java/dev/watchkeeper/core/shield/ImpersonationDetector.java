package dev.watchkeeper.core.shield;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a non-staff author whose display name or username looks like a staff member's name
 * (same confusable skeleton, or one or two letters away) or carries a reserved word such as
 * "admin", "support" or the project's name. Thread-safe.
 */
final class ImpersonationDetector {
    private static final List<String> RESERVED =
            List.of("admin", "support", "official", "moderator", "helpdesk", "customercare", "customerservice");

    private final ConfusableSkeleton skeleton;
    private final List<String> staffSkeletons = new ArrayList<>();
    private final List<String> reservedSkeletons = new ArrayList<>();

    ImpersonationDetector(ConfusableSkeleton skeleton, Set<String> staffNames, String projectName) {
        this.skeleton = skeleton;
        for (String name : staffNames) {
            String s = skeleton.skeleton(name);
            if (s.length() >= 3) {
                staffSkeletons.add(s);
            }
        }
        for (String word : RESERVED) {
            reservedSkeletons.add(skeleton.skeleton(word));
        }
        String project = skeleton.skeleton(projectName);
        if (project.length() >= 3) {
            reservedSkeletons.add(project);
        }
    }

    Optional<Evidence> detect(UserRef author) {
        for (String name : new String[] {author.displayName(), author.username()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String s = skeleton.skeleton(name);
            if (s.length() < 3) {
                continue;
            }
            for (String staff : staffSkeletons) {
                int tolerance = staff.length() >= 8 ? 2 : staff.length() >= 5 ? 1 : 0;
                if (s.equals(staff)
                        || EditDistance.osa(s, staff, tolerance) <= tolerance
                        || (staff.length() >= 5 && s.contains(staff))) {
                    return Optional.of(new Evidence(
                            Signal.IMPERSONATION, 0.7, "name \"" + name + "\" looks like a staff member's"));
                }
            }
            for (String reserved : reservedSkeletons) {
                if (s.contains(reserved)
                        || (s.length() >= 5
                                && s.length() <= reserved.length() + 1
                                && EditDistance.osa(s, reserved, 1) <= 1)) {
                    return Optional.of(
                            new Evidence(Signal.IMPERSONATION, 0.5, "name \"" + name + "\" claims an official role"));
                }
            }
        }
        return Optional.empty();
    }
}
