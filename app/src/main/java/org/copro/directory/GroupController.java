package org.copro.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.copro.identity.AccountId;
import org.copro.identity.Accounts;
import org.copro.identity.SignedInAccount;
import org.copro.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Local groups: the list, starting one, a group's page, its threads, announcements and
 * meetings.
 */
@Controller
class GroupController {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final Groups groups;

	private final Accounts accounts;

	private final DirectoryPermissions permissions;

	GroupController(Groups groups, Accounts accounts, DirectoryPermissions permissions) {
		this.groups = groups;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@GetMapping("/directory/groups")
	String showGroups(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		List<LocalGroup> list = groups.list();
		Map<Long, Long> counts = new HashMap<>();
		list.forEach(group -> counts.put(group.id(), groups.memberCount(group.id())));
		model.addAttribute("groups", list);
		model.addAttribute("memberCounts", counts);
		model.addAttribute("canStart", permissions.canStartGroup(me));
		return "directory/groups";
	}

	@GetMapping("/directory/groups/new")
	String initGroupForm(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
		if (!permissions.canStartGroup(me)) {
			throw new AccessDeniedException("Facilitators start local groups");
		}
		model.addAttribute("form", new GroupForm());
		return populateGroupForm(model);
	}

	private String populateGroupForm(Model model) {
		model.addAttribute("kinds", GroupKind.values());
		model.addAttribute("areaChoices", Area.values());
		return "directory/group-form";
	}

	@PostMapping("/directory/groups")
	String processGroupForm(@AuthenticationPrincipal @Nullable SignedInAccount me,
			@Valid @ModelAttribute("form") GroupForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (me == null || !permissions.canStartGroup(me)) {
			throw new AccessDeniedException("Facilitators start local groups");
		}
		GroupKind kind = Choices.parse(GroupKind.class, form.getKind());
		Area area = Choices.parse(Area.class, form.getArea());
		if (kind == null) {
			result.rejectValue("kind", "directory.group.kind.invalid");
		}
		else if (kind == GroupKind.AREA && area == null) {
			result.rejectValue("area", "directory.group.area.required");
		}
		else if (kind == GroupKind.THEME && form.getTheme().isBlank()) {
			result.rejectValue("theme", "directory.group.theme.required");
		}
		if (result.hasErrors() || kind == null) {
			FormErrors.refuse(response);
			return populateGroupForm(model);
		}
		long id = groups.start(form.getName(), kind, kind == GroupKind.AREA ? area : null,
				kind == GroupKind.THEME ? form.getTheme() : null, form.getDescription(), form.language(), me.account());
		return "redirect:/directory/groups/" + id;
	}

	@GetMapping("/directory/groups/{id}")
	String showGroup(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id, Model model) {
		LocalGroup group = groups.find(id);
		if (!model.containsAttribute("postForm")) {
			model.addAttribute("postForm", new PostForm());
		}
		if (!model.containsAttribute("announcementForm")) {
			model.addAttribute("announcementForm", new PostForm());
		}
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm());
		}
		return populateGroup(me, group, model);
	}

	private String populateGroup(@Nullable SignedInAccount me, LocalGroup group, Model model) {
		List<GroupPost> threads = groups.threads(group.id());
		Map<Long, Long> replyCounts = new HashMap<>();
		threads.forEach(thread -> replyCounts.put(thread.id(), groups.replyCount(thread.id())));
		model.addAttribute("group", group);
		model.addAttribute("threads", threads);
		model.addAttribute("replyCounts", replyCounts);
		model.addAttribute("announcements", groups.announcements(group.id()));
		model.addAttribute("meetings", groups.upcomingMeetings(group.id()));
		model.addAttribute("memberNames",
				groups.members(group.id())
					.stream()
					.map(member -> accounts.displayName(new AccountId(member.accountId())).orElse(""))
					.filter(name -> !name.isEmpty())
					.toList());
		model.addAttribute("authors", authors(threads, groups.announcements(group.id())));
		model.addAttribute("signedIn", me != null);
		model.addAttribute("isMember", me != null && groups.isMember(group.id(), me.account()));
		model.addAttribute("canPost", permissions.canPost(me, group));
		model.addAttribute("canOrganise", permissions.canOrganise(me, group));
		return "directory/group";
	}

	private Map<Long, String> authors(List<GroupPost> first, List<GroupPost> second) {
		Map<Long, String> names = new HashMap<>();
		for (List<GroupPost> list : List.of(first, second)) {
			for (GroupPost post : list) {
				Long author = post.authorId();
				if (author != null && !names.containsKey(author)) {
					accounts.displayName(new AccountId(author)).ifPresent(name -> names.put(author, name));
				}
			}
		}
		return names;
	}

	@PostMapping("/directory/groups/{id}/join")
	String processJoin(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (me == null || !permissions.canJoin(me)) {
			throw new AccessDeniedException("Sign in to join a group");
		}
		groups.join(id, me.account());
		redirect.addFlashAttribute("notice", "directory.group.joined");
		return "redirect:/directory/groups/" + id;
	}

	@PostMapping("/directory/groups/{id}/leave")
	String processLeave(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			RedirectAttributes redirect) {
		if (me == null) {
			throw new AccessDeniedException("Sign in first");
		}
		groups.leave(id, me.account());
		redirect.addFlashAttribute("notice", "directory.group.left");
		return "redirect:/directory/groups/" + id;
	}

	@PostMapping("/directory/groups/{id}/threads")
	String processThreadForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		LocalGroup group = groups.find(id);
		if (me == null || !permissions.canPost(me, group)) {
			throw new AccessDeniedException("Members of group " + id + " start threads");
		}
		if (form.getTitle().isBlank()) {
			result.rejectValue("title", "directory.post.title.required");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("announcementForm", new PostForm());
			model.addAttribute("meetingForm", new MeetingForm());
			return populateGroup(me, group, model);
		}
		long thread = groups.startThread(id, form.getTitle(), form.getBody(), form.language(), me.account());
		return "redirect:/directory/groups/" + id + "/threads/" + thread;
	}

	@GetMapping("/directory/groups/{id}/threads/{threadId}")
	String showThread(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long threadId, Model model) {
		LocalGroup group = groups.find(id);
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm", new PostForm());
		}
		return populateThread(me, group, groups.thread(id, threadId), model);
	}

	private String populateThread(@Nullable SignedInAccount me, LocalGroup group, GroupPost thread, Model model) {
		List<GroupPost> replies = groups.replies(thread.id());
		model.addAttribute("group", group);
		model.addAttribute("thread", thread);
		model.addAttribute("replies", replies);
		model.addAttribute("authors", authors(List.of(thread), replies));
		model.addAttribute("canPost", permissions.canPost(me, group) && thread.kind() == PostKind.THREAD);
		model.addAttribute("signedIn", me != null);
		return "directory/thread";
	}

	@PostMapping("/directory/groups/{id}/threads/{threadId}/replies")
	String processReplyForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@PathVariable long threadId, @Valid @ModelAttribute("replyForm") PostForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		LocalGroup group = groups.find(id);
		if (me == null || !permissions.canPost(me, group)) {
			throw new AccessDeniedException("Members of group " + id + " reply");
		}
		GroupPost thread = groups.thread(id, threadId);
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			return populateThread(me, group, thread, model);
		}
		groups.reply(id, threadId, form.getBody(), form.language(), me.account());
		return "redirect:/directory/groups/" + id + "/threads/" + threadId;
	}

	@PostMapping("/directory/groups/{id}/announcements")
	String processAnnouncementForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("announcementForm") PostForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalGroup group = groups.find(id);
		if (me == null || !permissions.canOrganise(me, group)) {
			throw new AccessDeniedException("Organisers of group " + id + " make announcements");
		}
		if (form.getTitle().isBlank()) {
			result.rejectValue("title", "directory.post.title.required");
		}
		if (result.hasErrors()) {
			FormErrors.refuse(response);
			model.addAttribute("postForm", new PostForm());
			model.addAttribute("meetingForm", new MeetingForm());
			return populateGroup(me, group, model);
		}
		groups.announce(id, form.getTitle(), form.getBody(), form.language(), me.account());
		redirect.addFlashAttribute("notice", "directory.announcement.published");
		return "redirect:/directory/groups/" + id;
	}

	@PostMapping("/directory/groups/{id}/meetings")
	String processMeetingForm(@AuthenticationPrincipal @Nullable SignedInAccount me, @PathVariable long id,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalGroup group = groups.find(id);
		if (me == null || !permissions.canOrganise(me, group)) {
			throw new AccessDeniedException("Organisers of group " + id + " schedule meetings");
		}
		LocalDate date = null;
		LocalTime time = null;
		try {
			date = LocalDate.parse(form.getDate().strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("date", "directory.meeting.date.invalid");
		}
		try {
			time = LocalTime.parse(form.getTime().strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("time", "directory.meeting.time.invalid");
		}
		if (result.hasErrors() || date == null || time == null) {
			FormErrors.refuse(response);
			model.addAttribute("postForm", new PostForm());
			model.addAttribute("announcementForm", new PostForm());
			return populateGroup(me, group, model);
		}
		groups.scheduleMeeting(id, form.getTitle(), date.atTime(time).atZone(UK).toInstant(), form.getPlace(),
				form.isOnline(), form.getDescription(), form.language(), me.account());
		redirect.addFlashAttribute("notice", "directory.meeting.scheduled");
		return "redirect:/directory/groups/" + id;
	}

}
