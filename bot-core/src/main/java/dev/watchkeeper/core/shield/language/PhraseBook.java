package dev.watchkeeper.core.shield.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The phrase rules the shield reads messages with, loaded from rule files (see {@link
 * RuleFileParser} for the format): the bundled ones, one per language under {@code
 * dev/watchkeeper/core/shield/phrases/}, and any an operator adds. Editing a file changes what the
 * shield looks for without a change to the code.
 *
 * <p>Each message is read once by an automaton over every rule's trigger words; a rule's
 * expression is then tried only in windows around its triggers, so the cost is linear in the
 * length of the message and bounded per rule. Immutable and thread-safe once loaded; loading reads
 * files and may block.
 */
public final class PhraseBook {
    private static final String FOLDER = "/dev/watchkeeper/core/shield/phrases/";
    private static final int MAX_TALK = 32;
    private static final PhraseBook BUNDLED = new PhraseBook(readBundled());

    private final List<RuleFile> files;
    private final List<PhraseRule> rules = new ArrayList<>();
    private final List<Integer> fileOfRule = new ArrayList<>();
    private final List<TalkRule> talk = new ArrayList<>();
    private final List<Integer> fileOfTalk = new ArrayList<>();
    // groups: the rules' triggers, then each file's hints
    private final TriggerIndex ruleIndex;
    private final int[] hintGroup;
    private final TriggerIndex talkIndex;

    private PhraseBook(List<RuleFile> files) {
        this.files = List.copyOf(files);
        for (int f = 0; f < files.size(); f++) {
            for (PhraseRule rule : files.get(f).rules()) {
                rules.add(rule);
                fileOfRule.add(f);
            }
            for (TalkRule rule : files.get(f).talk()) {
                talk.add(rule);
                fileOfTalk.add(f);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        rules.forEach(r -> groups.add(r.phrase().triggers()));
        hintGroup = new int[files.size()];
        for (int f = 0; f < files.size(); f++) {
            hintGroup[f] = files.get(f).hints().isEmpty() ? -1 : groups.size();
            if (hintGroup[f] >= 0) {
                groups.add(files.get(f).hints());
            }
        }
        ruleIndex = new TriggerIndex(groups);
        talkIndex =
                new TriggerIndex(talk.stream().map(r -> r.phrase().triggers()).toList());
    }

    /** The bundled rules, loaded once. */
    public static PhraseBook bundled() {
        return BUNDLED;
    }

    /**
     * The bundled rules and those of the given files; a folder adds every {@code *.rules} file in
     * it, in order of name. Blocks while it reads.
     *
     * @throws RuleSyntaxException when a line cannot be read (the message names file and line)
     * @throws UncheckedIOException when a file cannot be read
     */
    public static PhraseBook withFiles(List<Path> paths) {
        List<RuleFile> files = new ArrayList<>(BUNDLED.files);
        for (Path path : paths) {
            for (Path file : ruleFiles(path)) {
                try {
                    files.add(RuleFileParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read rule file " + file, e);
                }
            }
        }
        return new PhraseBook(files);
    }

    /** A book of the given rule files' contents only, by name; for tests and tools. */
    static PhraseBook of(List<RuleFile> files) {
        return new PhraseBook(files);
    }

    /** The phrase rules, in file order. */
    List<PhraseRule> rules() {
        return List.copyOf(rules);
    }

    /** The talk rules, in file order. */
    List<TalkRule> talkRules() {
        return List.copyOf(talk);
    }

    /** How many phrase and talk rules the book holds. */
    public int size() {
        return rules.size() + talk.size();
    }

    private static List<Path> ruleFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listed = Files.list(path)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(".rules"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule folder " + path, e);
        }
    }

    private static List<RuleFile> readBundled() {
        List<RuleFile> files = new ArrayList<>();
        for (String line : resource("bundled.list").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(RuleFileParser.parse(name, resource(name)));
            }
        }
        return files;
    }

    private static String resource(String name) {
        try (InputStream in =
                Objects.requireNonNull(PhraseBook.class.getResourceAsStream(FOLDER + name), FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives the first match of each phrase rule that matched. */
    interface Matches {
        void matched(PhraseRule rule, int start, String text);
    }

    /** Runs the phrase rules over a folded text, reporting each rule that matched, in rule order. */
    void match(String folded, Matches out) {
        Occurrences found = ruleIndex.find(folded);
        if (found.size() == 0) {
            return;
        }
        int scripts = RuleFile.Script.present(folded);
        boolean[] hinted = new boolean[files.size()];
        for (int from = 0, to; from < found.size(); from = to) {
            to = found.runEnd(from);
            int group = found.group(from);
            if (group >= rules.size()) {
                for (int f = 0; f < files.size(); f++) {
                    hinted[f] |= hintGroup[f] == group;
                }
            }
        }
        for (int from = 0, to; from < found.size(); from = to) {
            to = found.runEnd(from);
            int group = found.group(from);
            if (group >= rules.size()) {
                break;
            }
            int f = fileOfRule.get(group);
            RuleFile file = files.get(f);
            if ((scripts & 1 << file.script().ordinal()) == 0 || (hintGroup[f] >= 0 && !hinted[f])) {
                continue;
            }
            PhraseRule rule = rules.get(group);
            if (rule.times() == 1) {
                var m = rule.phrase().first(folded, found, from, to);
                if (m != null) {
                    out.matched(rule, m.start(), m.group());
                }
            } else {
                int[] starts = rule.phrase().starts(folded, found, from, to, rule.times());
                if (starts.length >= rule.times()) {
                    var m = rule.phrase().first(folded, found, from, to);
                    out.matched(
                            rule,
                            starts[0],
                            (m == null ? "" : m.group()) + "\" and " + (starts.length - 1) + " more like it\"");
                }
            }
        }
    }

    /** Where the text talks about scams: warnings, questions about scams, victim reports, named scammers. */
    public ScamTalk scamTalk(String folded) {
        Occurrences found = talkIndex.find(folded);
        if (found.size() == 0) {
            return ScamTalk.none();
        }
        int scripts = RuleFile.Script.present(folded);
        List<int[]> talkAt = new ArrayList<>();
        List<int[]> scammersAt = new ArrayList<>();
        for (int from = 0, to; from < found.size(); from = to) {
            to = found.runEnd(from);
            TalkRule rule = talk.get(found.group(from));
            if ((scripts
                            & 1
                                    << files.get(fileOfTalk.get(found.group(from)))
                                            .script()
                                            .ordinal())
                    == 0) {
                continue;
            }
            int[] starts = rule.phrase().starts(folded, found, from, to, MAX_TALK);
            (rule.kind() == TalkRule.Kind.SCAMMERS ? scammersAt : talkAt).add(starts);
        }
        return ScamTalk.of(folded, flatten(talkAt), flatten(scammersAt));
    }

    /** True when the folded text reports that its author was scammed, hacked or drained. */
    public boolean isVictimReport(String folded) {
        Occurrences found = talkIndex.find(folded);
        for (int from = 0, to; from < found.size(); from = to) {
            to = found.runEnd(from);
            TalkRule rule = talk.get(found.group(from));
            if (rule.kind() == TalkRule.Kind.VICTIM && rule.phrase().first(folded, found, from, to) != null) {
                return true;
            }
        }
        return false;
    }

    private static int[] flatten(List<int[]> parts) {
        return parts.stream().flatMapToInt(java.util.Arrays::stream).sorted().toArray();
    }
}
