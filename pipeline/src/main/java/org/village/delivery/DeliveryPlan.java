package org.village.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.village.output.MonthFolder;

/**
 * Who gets which of the month's files, decided only by each recipient's scope and the one naming rule of
 * {@link MonthFolder}: the district gets the district dashboard and the figures workbook, the board its packet and
 * the district dashboard, a school its own dashboard, a partnership its own success story. A school or partnership
 * id that the district does not know, or that names the same file as another id once made safe for a file name,
 * gets nothing, so nobody can be sent another school's report.
 */
final class DeliveryPlan {

    private final List<Delivery> deliveries;

    private DeliveryPlan(List<Delivery> deliveries) {
        this.deliveries = deliveries;
    }

    static DeliveryPlan of(Collection<Recipient> recipients, MonthFolder folder, Set<String> schoolIds,
            Set<String> partnershipIds) {
        Map<String, Path> schoolFiles = unambiguous(schoolIds, folder::schoolDashboard);
        Map<String, Path> storyFiles = unambiguous(partnershipIds, folder::successStory);
        Map<String, List<Recipient>> byAddress = new LinkedHashMap<>();
        for (Recipient recipient : recipients) {
            byAddress.computeIfAbsent(recipient.email().strip().toLowerCase(Locale.ROOT), e -> new ArrayList<>())
                    .add(recipient);
        }
        List<Delivery> deliveries = new ArrayList<>();
        byAddress.forEach((address, lines) -> {
            Set<Path> files = new LinkedHashSet<>();
            List<String> scopes = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Recipient line : lines) {
                scopes.add(line.scopeLabel());
                List<Path> candidates = switch (line.scope()) {
                    case "DISTRICT" -> List.of(folder.districtDashboard(), folder.figuresWorkbook());
                    case "BOARD" -> List.of(folder.boardPacket(), folder.districtDashboard());
                    case "SCHOOL" -> optional(schoolFiles.get(line.scopeId()));
                    case "PARTNERSHIP" -> optional(storyFiles.get(line.scopeId()));
                    default -> List.of();
                };
                List<Path> existing = candidates.stream().filter(Files::isRegularFile).toList();
                if (existing.isEmpty()) {
                    missing.add(line.scopeLabel() + ": no report for this scope this month");
                }
                files.addAll(existing);
            }
            Recipient first = lines.get(0);
            deliveries.add(new Delivery(first.email().strip(), first.name(), List.copyOf(scopes),
                    List.copyOf(files), List.copyOf(missing)));
        });
        return new DeliveryPlan(List.copyOf(deliveries));
    }

    List<Delivery> deliveries() {
        return deliveries;
    }

    /** Each planned file with the addresses it goes to, for the manifest. */
    Map<Path, List<String>> recipientsByFile() {
        Map<Path, List<String>> byFile = new TreeMap<>();
        for (Delivery delivery : deliveries) {
            for (Path file : delivery.files()) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(delivery.email());
            }
        }
        return byFile;
    }

    private static Map<String, Path> unambiguous(Set<String> ids, Function<String, Path> file) {
        Map<Path, List<String>> idsByFile = new HashMap<>();
        for (String id : ids) {
            try {
                idsByFile.computeIfAbsent(file.apply(id), f -> new ArrayList<>()).add(id);
            }
            catch (IllegalArgumentException e) {
                // An id with no letter or digit names no file; such a school or partnership gets no report.
            }
        }
        Map<String, Path> result = new HashMap<>();
        idsByFile.forEach((path, owners) -> {
            if (owners.size() == 1) {
                result.put(owners.get(0), path);
            }
        });
        return result;
    }

    private static List<Path> optional(Path file) {
        return file == null ? List.of() : List.of(file);
    }
}
