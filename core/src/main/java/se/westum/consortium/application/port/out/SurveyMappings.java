package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.SurveyMapping;

/** The survey mappings of projects: which column of a survey export holds what, one per project. */
public interface SurveyMappings {

  /** The mapping of a project, if stored. */
  Optional<SurveyMapping> find(ProjectId project);

  /**
   * Stores many mappings, each replacing the project's stored one whole; one equal to the stored
   * one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<SurveyMapping> mappings);

  /** Every mapping ordered by project; the caller closes the stream. */
  Stream<SurveyMapping> stream();
}
