package se.westum.consortium.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;

/** What a figures command prints: the same report as text for people or JSON for programs. */
interface Report {

  /** The report as aligned text lines. */
  void printText(PrintWriter out);

  /** The report as a JSON object. */
  String json() throws JsonProcessingException;
}
