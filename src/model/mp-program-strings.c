/* mp-program-strings.c: written by build-aux/program-strings.py from
 * resources/program/als-mentoring-pilot.json; do not edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mp-model-private.h"

/* The built-in program's texts, for xgettext (translated by mp_demo_load_program ()) */
const char * const _mp_program_builtin_strings[] = {
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Mentoring Pilot Program"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("This mentoring program is intended to help new employees adjust to their new environment. Whether it is the new employee's specialty itself that is new, or simply the Alliance Library System, a mentor can be an invaluable supplement to the guidance and assistance that a Department Director or supervisor provides during the first few months at the Alliance Library System. The program's success depends on the mentors, human resources and the new employees all taking an active role in the acclimation process; the responsibilities of each are set out below."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The most important tasks of a good mentor are to help the new employee achieve excellence and to acclimate to the Alliance Library System. Although the role of mentor is an informal one, it poses a challenge and requires dedication and time. A good relationship with a supportive, active mentor has been shown to contribute significantly to a new employee's career development and satisfaction."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The mentor contacts the new employee before their arrival at the Alliance Library System and then meets with them regularly over at least the first six months. The mentor gives informal advice on internal Alliance Library System processes, member services and committee work, or directs the new employee to the right people. Often the greatest help a mentor can give is simply knowing which staff member to approach for which task. The mentor treats all interactions and discussions in confidence. The mentor does not evaluate or assess the new employee: there is only supportive guidance and constructive feedback."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The new employee keeps their mentor informed of any problems or concerns as they arise. When input is wanted, the new employee leaves enough time for the mentor to be able to help."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Accessibility — the mentor makes time to be available to the new employee, and keeps in contact by dropping by, calling, sending e-mail or extending a lunch invitation."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Networking — the mentor helps the new employee establish a professional network."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Independence — the new employee's intellectual independence from the mentor is carefully preserved, and the mentor avoids developing a competitive relationship with the new employee."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Familiarization with the Alliance Library System, its members, and its environment."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Networking — introduction to colleagues, identification of other possible mentors."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Developing awareness — help the new employee understand the policies and procedures that are relevant to their work."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Constructive criticism and encouragement, compliments on achievements."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Helping to sort out priorities — budgeting time, balancing the different parts of the job."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Satisfaction in assisting in the development of a colleague."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Ideas for and feedback about the mentor's own work."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("A network of colleagues who have passed through the program."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Retention of excellent colleagues."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Enhancement of department quality."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Before arrival"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The mentor gets in touch with the new employee before their first day: a welcome, how to reach each other, and what the first day and the first weeks will look like."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Months 1–2: every two weeks"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("For the first two months, mentor and new employee meet every two weeks. They get to know the departments and the people, where to go for what, the equipment, and the members."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Introduction to the departments"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Go through the library system's departments together: what each one does, who works there, and how its work touches yours. The \"Where to go for what\" directory is a good place to start."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Meet the staff and learn where to go for issues"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Meet the people you will work with and learn whom to approach for which task: supplies, computer problems, pay and benefits, the building, questions from members. Knowing which staff member to approach for what is often the most useful thing a mentor passes on."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("How to use the equipment"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Learn to use the equipment you need day to day: phones and voicemail, computers and accounts, printers and copiers, meeting-room and video equipment, mail and delivery."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Meet members at a large member event"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The members of the Alliance Library System are the libraries that belong to it: public, school, academic and special libraries. They come together at large events and meetings held at ALS, such as ALS Day. Go to one with your mentor, who introduces you to people from member libraries, so that you put faces to names and hear what members need from the system."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Months 3–6: once a month"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("For the next four months, mentor and new employee meet once a month. The new employee sees the system's work outside the office: a site visit, a member group, a committee, and whatever the position calls for."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Shadow a consultant on a site visit"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("ALS consultants visit member libraries to advise their staff, for example on management, services, technology or buildings. Go along on one such visit and watch how the consultant works with the library. Afterwards, follow up with the Human Resources Administrator."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Attend a member group meeting, if pertinent"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Member groups bring together staff of member libraries who share a kind of work, such as the RSA User Group. Attend one meeting if a group is pertinent to your department's work; if none is, mark this activity as not applicable. Afterwards, follow up with the Human Resources Administrator."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Attend an ALS committee meeting"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("ALS committees look after matters that cross departments, such as the Health & Safety Committee. Sit in on one meeting to see how committees work and what they decide, and whether you would like to serve on one."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Miscellaneous: position-specific"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Whatever your own position needs that the first months have not covered yet: its tools, procedures, contacts or projects. Mentor and new employee decide together what goes here."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("How does one obtain feedback concerning work performance? What resources are available for professional enhancement?"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Feedback on your work comes from your Department Director or supervisor, in your regular conversations and in your performance reviews; you can ask for it at any time. Your mentor does not evaluate you, but is glad to talk through how things are going. For professional enhancement there are ALS workshops and continuing-education sessions, conferences and webinars; ask about support for fees and travel."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Your Department Director or supervisor; the Human Resources Administrator for training support"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("How does the merit process work? Who is involved?"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Merit increases follow the library system's personnel policy. Your supervisor reviews your work, and the Department Director and the Human Resources Administrator take part in the decision. The Human Resources Administrator can show you the policy and when reviews take place."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The Human Resources Administrator"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("What committees should one be on and how much committee work should one expect?"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Start with one committee that touches your work; your supervisor and your mentor can suggest which. Attending an ALS committee meeting is part of months 3–6 of this program, so you will see one at work before you decide."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Your supervisor and your mentor"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("What social events occur in the department or system?"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("ALS Day and other events with the members, staff celebrations and informal gatherings happen through the year. Your mentor can take you along to the first ones."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Your mentor; the Administration office keeps the calendar"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("What seminars and workshops does the department organize?"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Member Services organizes workshops, seminars and continuing-education sessions for member libraries and staff throughout the year. Staff are welcome at sessions that touch their work."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Member Services"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("What is the library system? Who are the members?"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The Alliance Library System (ALS) supports the libraries that belong to it, its members: public, school, academic and special libraries. It helps them with consulting, continuing education, resource sharing and delivery, and shared technology. Member Services keeps the member directory."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Your mentor; Member Services for the member directory"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("The Executive Director's office: the board of directors, policies and planning, communication with members and the public, and system-wide events such as ALS Day."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Policies and board matters — the Executive Director's office\nALS Day and other system-wide events — the Administration office\nNewsletter and website — the communications coordinator\nKeys, building access and meeting rooms — the Administration office"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Hiring, pay and benefits, personnel policies, the merit process, training support, and this mentoring program."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Pay, benefits and leave — the Human Resources Administrator\nPersonnel policies and the merit process — the Human Resources Administrator\nTraining and conference support — the Human Resources Administrator\nThe mentoring program and its follow-ups — the Human Resources Administrator\nHealth & Safety Committee — its chair, through Human Resources"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Consultants who advise member libraries on site and by phone; workshops, seminars and continuing education; the member groups; the member directory."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("A question from a member library — the consultant for that library\nJoining a consultant on a site visit — the Member Services Director\nWorkshops, seminars and continuing education — the continuing-education coordinator\nMember groups and their meetings — the consultant who supports the group\nThe member directory — Member Services"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Staff computers, accounts, phones, network and printers; technology support for member libraries; the shared catalog."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("New accounts, passwords and e-mail — the technology help desk\nComputer, phone or printer problems — the technology help desk\nVideo-meeting equipment — the technology help desk\nThe shared catalog and the RSA User Group — Technology Services"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Interlibrary loan among the member libraries and the delivery routes that move materials between them."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Delivery schedules and routes — the delivery supervisor\nInterlibrary loan requests — the resource-sharing staff\nSending something to a member library — the delivery supervisor"),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Budget, purchasing, payroll processing, expense reimbursement and supplies."),
  /* Translators: a text of the built-in mentoring program; keep the departments' names
   * as they are (Administration, Human Resources, Member Services, Technology Services, Resource Sharing and Delivery, Business Office): they are not translated */
  N_("Supplies and purchasing — the Business Office\nTravel and expense reimbursement — the Business Office\nPayroll processing — the Business Office\nYour department's budget — the Business Manager, through your Department Director"),
  NULL
};

/* The members whose texts are translated (a department's name is not) */
const char * const _mp_program_translated_members[] = {
  "answer",
  "ask_for",
  "ask_whom",
  "description",
  "employee_responsibility",
  "mentor_benefits",
  "mentor_goals",
  "mentor_qualities",
  "mentor_responsibility",
  "mentor_role",
  "name",
  "question",
  "summary",
  "title",
  NULL
};
