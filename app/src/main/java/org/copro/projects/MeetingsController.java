package org.copro.projects;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

/**
 * A project's meetings: recording one with its attendance, notes and decisions, and
 * following up its actions.
 */
@Controller
class MeetingsController {

	private final Projects projects;

	private final Meetings meetings;

	private final ProjectsPermissions permissions;

	MeetingsController(Projects projects, Meetings meetings, ProjectsPermissions permissions) {
		this.projects = projects;
		this.meetings = meetings;
		this.permissions = permissions;
	}

	@GetMapping("/projects/{id}/meetings")
	String showMeetings(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireRead(me, projects.find(id));
		model.addAttribute("project", project);
		model.addAttribute("meetings", meetings.list(id));
		model.addAttribute("actions", meetings.projectActions(id));
		model.addAttribute("names", projects.names(id));
		model.addAttribute("isMember", permissions.isMember(me, project));
		return "projects/meetings";
	}

	@GetMapping("/projects/{id}/meetings/new")
	String initMeetingForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		Project project = permissions.requireMember(me, projects.find(id));
		MeetingForm form = new MeetingForm();
		form.setHeldOn(LocalDate.now().toString());
		model.addAttribute("form", form);
		return populateMeetingForm(project, model);
	}

	private String populateMeetingForm(Project project, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("names", projects.names(project.id()));
		return "projects/meeting-form";
	}

	@PostMapping("/projects/{id}/meetings")
	String processMeetingForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		Project project = permissions.requireMember(me, projects.find(id));
		LocalDate heldOn = form.getHeldOn().isBlank() ? null : ProjectForm.date(form.getHeldOn(), "heldOn", result);
		Map<Long, String> names = projects.nameMap(id);
		Set<Long> attendees = new HashSet<>(form.getAttendees());
		if (!names.keySet().containsAll(attendees)) {
			throw new ResponseStatusException(BAD_REQUEST, "Attendees must be members of the project");
		}
		if (result.hasErrors() || heldOn == null) {
			FormErrors.refuse(response);
			return populateMeetingForm(project, model);
		}
		long meetingId = meetings.record(id, heldOn, form.getAgenda(), form.getNotes(), form.getDecisions(), attendees);
		return "redirect:/projects/" + id + "/meetings/" + meetingId + "?recorded";
	}

	@GetMapping("/projects/{id}/meetings/{meetingId}")
	String showMeeting(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long meetingId, Model model) {
		Project project = permissions.requireRead(me, projects.find(id));
		model.addAttribute("project", project);
		model.addAttribute("meeting", meetings.find(id, meetingId));
		model.addAttribute("actions", meetings.actions(meetingId));
		model.addAttribute("names", projects.names(id));
		model.addAttribute("isMember", permissions.isMember(me, project));
		model.addAttribute("back", Long.toString(meetingId));
		List<Feedback> feedback = meetings.feedback(meetingId);
		model.addAttribute("feedback", feedback);
		model.addAttribute("averageRating",
				feedback.stream()
					.mapToInt(Feedback::rating)
					.average()
					.stream()
					.map(average -> Math.round(average * 10) / 10.0)
					.boxed()
					.findFirst()
					.orElse(null));
		model.addAttribute("scores", List.of("1", "2", "3", "4", "5"));
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ActionForm());
		}
		if (!model.containsAttribute("feedbackForm")) {
			model.addAttribute("feedbackForm", new EvaluationForms.FeedbackForm());
		}
		return "projects/meeting";
	}

	@PostMapping("/projects/{id}/meetings/{meetingId}/actions")
	String processActionForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long meetingId, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		meetings.find(id, meetingId);
		LocalDate dueOn = ProjectForm.date(form.getDueOn(), "dueOn", result);
		Long owner = null;
		if (!form.getOwner().isBlank()) {
			try {
				owner = Long.parseLong(form.getOwner());
			}
			catch (NumberFormatException ex) {
				throw new ResponseStatusException(BAD_REQUEST, "Owner must be a member");
			}
			if (!projects.nameMap(id).containsKey(owner)) {
				throw new ResponseStatusException(BAD_REQUEST, "Owner must be a member");
			}
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return showMeeting(me, id, meetingId, model);
		}
		meetings.addAction(id, meetingId, form.getText(), owner, dueOn);
		redirect.addFlashAttribute("notice", "projects.notice.action-added");
		return "redirect:/projects/" + id + "/meetings/" + meetingId + "#actions";
	}

	@PostMapping("/projects/{id}/meetings/{meetingId}/feedback")
	String processFeedback(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long meetingId, @ModelAttribute("feedbackForm") EvaluationForms.FeedbackForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		if (!form.getRating().matches("[1-5]")) {
			result.rejectValue("rating", "projects.feedback.rating.required");
		}
		if (form.getComment().length() > 1000) {
			result.rejectValue("comment", "projects.feedback.comment.too-long");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return showMeeting(me, id, meetingId, model);
		}
		meetings.giveFeedback(id, meetingId, Integer.parseInt(form.getRating()), form.getComment());
		redirect.addFlashAttribute("notice", "projects.notice.feedback-given");
		return "redirect:/projects/" + id + "/meetings/" + meetingId + "#feedback";
	}

	@PostMapping("/projects/{id}/actions/{actionId}")
	String processActionStatus(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long actionId, @RequestParam String status, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		permissions.requireMember(me, projects.find(id));
		ActionStatus parsed = ProjectForm.parse(ActionStatus.class, status);
		if (parsed == null) {
			throw new ResponseStatusException(BAD_REQUEST, "Unknown status");
		}
		meetings.changeAction(id, actionId, parsed);
		redirect.addFlashAttribute("notice", "projects.notice.action-changed");
		return "redirect:/projects/" + id + "/meetings" + (back.matches("[0-9]{1,18}") ? "/" + back : "");
	}

}
