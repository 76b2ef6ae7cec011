package se.westum.consortium.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.SurveyMappings;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;

/** The survey mappings of projects in {@code consortium_survey_mapping}, one row per target. */
final class JdbcSurveyMappings implements SurveyMappings {

  private final Database database;

  JdbcSurveyMappings(Database database) {
    this.database = database;
  }

  @Override
  public Optional<SurveyMapping> find(ProjectId project) {
    return database.read(handle -> find(handle, project));
  }

  @Override
  public Saved saveAll(Collection<SurveyMapping> mappings) {
    if (mappings.isEmpty()) {
      return Saved.NONE;
    }
    return database.write(
        handle -> {
          Map<ProjectId, SurveyMapping> latest = new LinkedHashMap<>();
          mappings.forEach(m -> latest.put(m.project(), m));
          int added = 0;
          int changed = 0;
          int unchanged = 0;
          for (SurveyMapping mapping : latest.values()) {
            Optional<SurveyMapping> old = find(handle, mapping.project());
            if (old.isPresent() && old.get().equals(mapping)) {
              unchanged++;
              continue;
            }
            if (old.isPresent()) {
              changed++;
            } else {
              added++;
            }
            handle
                .createUpdate("DELETE FROM consortium_survey_mapping WHERE project_id = :project")
                .bind("project", mapping.project().value())
                .execute();
            List<Map.Entry<SurveyTarget, String>> entries =
                new ArrayList<>(mapping.sources().entrySet());
            RecordTable.execute(
                handle.prepareBatch(
                    "INSERT INTO consortium_survey_mapping (project_id, target, item_no, source)"
                        + " VALUES (:project, :target, :item, :source)"),
                java.util.stream.IntStream.range(0, entries.size()).boxed().toList(),
                (batch, i) ->
                    batch
                        .bind("project", mapping.project().value())
                        .bind("target", entries.get(i).getKey().written())
                        .bind("item", i)
                        .bind("source", entries.get(i).getValue()));
          }
          return new Saved(added, changed, unchanged);
        });
  }

  @Override
  public Stream<SurveyMapping> stream() {
    return database
        .read(
            handle ->
                handle
                    .createQuery(
                        "SELECT DISTINCT project_id FROM consortium_survey_mapping"
                            + " ORDER BY project_id")
                    .mapTo(String.class)
                    .list()
                    .stream()
                    .map(p -> find(handle, new ProjectId(p)).orElseThrow())
                    .toList())
        .stream();
  }

  private static Optional<SurveyMapping> find(Handle handle, ProjectId project) {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>();
    handle
        .createQuery(
            "SELECT target, source FROM consortium_survey_mapping"
                + " WHERE project_id = :project ORDER BY item_no")
        .bind("project", project.value())
        .map((rs, ctx) -> Map.entry(rs.getString("target"), rs.getString("source")))
        .forEach(e -> sources.put(SurveyTarget.parse(e.getKey()), e.getValue()));
    return sources.isEmpty() ? Optional.empty() : Optional.of(new SurveyMapping(project, sources));
  }
}
