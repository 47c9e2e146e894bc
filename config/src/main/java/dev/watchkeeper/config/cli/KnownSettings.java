package dev.watchkeeper.config.cli;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The names of the application's {@code watchkeeper.*} settings, read from its {@code
 * ConfigurationProperties} records, so that a setting on the command line that names none of them
 * is refused before anything starts instead of being ignored ({@code --watchkeeper.redis.uri}).
 */
final class KnownSettings {
    private static final String ROOT = "watchkeeper";

    /** Read by a condition, not a record: see {@code MemoryStoreCondition}. */
    private static final String STORE = "store";

    /** Settings at one level of a name: named ones, or any key (a map's) or index (a list's). */
    private record Node(Map<String, Entry> named, @Nullable Node any) {
        boolean isValue() {
            return named.isEmpty() && any == null;
        }
    }

    private record Entry(String name, Node node) {}

    private final Node root;

    private KnownSettings(Node root) {
        this.root = root;
    }

    /** Scans the configuration's package for its settings records. */
    static KnownSettings scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Map<String, Entry> groups = new TreeMap<>();
        groups.put(STORE, new Entry(STORE, value()));
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.watchkeeper.config")) {
            Class<?> type = ClassUtils.resolveClassName(
                    String.valueOf(candidate.getBeanClassName()), KnownSettings.class.getClassLoader());
            ConfigurationPropertyName prefix = ConfigurationPropertyName.of(
                    type.getAnnotation(ConfigurationProperties.class).value());
            String group = prefix.getLastElement(Form.DASHED);
            groups.put(prefix.getLastElement(Form.UNIFORM), new Entry(group, node(type)));
        }
        return new KnownSettings(new Node(groups, null));
    }

    /** What is wrong with {@code setting}, a {@code watchkeeper.*} name; empty when it is known. */
    Optional<String> problem(String setting) {
        // read as Spring reads a command-line argument's name, camelCase included
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(setting, '.');
        Node node = root;
        String path = ROOT;
        for (int i = 1; i < name.getNumberOfElements(); i++) {
            Entry named = node.named().get(name.getElement(i, Form.UNIFORM));
            if (named != null) {
                node = named.node();
                path += "." + named.name();
            } else if (node.any() != null) {
                node = node.any();
                path += "." + name.getElement(i, Form.ORIGINAL);
            } else if (node.isValue()) {
                return Optional.of("--" + setting + ": " + path + " takes a value and has no settings under it");
            } else {
                return Optional.of("--" + setting + ": " + path + " has no setting '"
                        + name.getElement(i, Form.ORIGINAL) + "' (it has " + String.join(", ", names(node)) + ")");
            }
        }
        return node.isValue() || node.any() != null
                ? Optional.empty()
                : Optional.of("--" + setting + " is a group of settings: " + String.join(", ", names(node)));
    }

    private static Iterable<String> names(Node node) {
        return node.named().values().stream().map(Entry::name).toList();
    }

    private static Node node(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            Map<String, Entry> named = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = DataObjectPropertyName.toDashedForm(component.getName());
                named.put(
                        component.getName().toLowerCase(Locale.ROOT),
                        new Entry(name, node(component.getGenericType())));
            }
            return new Node(named, null);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return new Node(Map.of(), node(argument(type, 1)));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new Node(Map.of(), node(argument(type, 0)));
        }
        if (raw.isArray()) {
            return new Node(Map.of(), node(raw.getComponentType()));
        }
        return value();
    }

    private static Node value() {
        return new Node(Map.of(), null);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[index]
                : Object.class;
    }
}
