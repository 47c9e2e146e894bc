package dev.watchkeeper.core.moderation;

class InMemoryMemberActivityTest extends MemberActivityContract {
    @Override
    protected MemberActivity newActivity() {
        return new InMemoryMemberActivity(1000);
    }
}
