@title Minutes of the RBL Holmwick Branch Committee 14 March 2017
@font Times-Roman
@fontsize 11.5
@footer RBL Holmwick Branch - Committee minutes 14.03.17||Page {page}
HC Minutes of the Royal British Legion Holmwick Branch Committee meeting held at Tanyard Hall on Tuesday 14th Mar 2017 at 8:00pm
S 6
G Branch Officers | President | D Marlow
G  | Chairman | K. Renshaw
G  | Vice Chairman | P Woodall
G  | Treasurer | D Greaves
G  | Secretary | M Howarth
G Mr. R Tandy | Hon Subs Secretary | 
G Mr H S Dabbs |  | 
G Mrs S Marlow | Poppy Appeal Organiser | 
G Mrs. P Rudge |  | 
G Mr. S T Wilkes |  | 
G Mr. J Heslop |  | 
G Mrs. T Walsh |  | 
G Mr. G Roper |  | 
P All were present except Mr H S Dabbs and Mr. S T Wilkes.
H 1.0 The Silence
P The silence was observed for those comrades who had fallen since the last meeting and in particular Stanley Wragg and Dennis Albury.
H 2.0 Apologies– None received.
H 3.0 Minutes of the last meeting
P The Chairman asked the committee if the minutes of the 10th Jan 2017 meeting reflected an accurate record of the matters discussed.
G Proposed Sonia Marlow | Seconded Pat Rudge | Carried
H 4.0 Matters Arising – there were none.
H 5.0 Correspondence and Secretary’s report
P - The schedule of meeting dates for 2017-18 is on the noticeboard.
P - The return of committee officers for 2017 has been confirmed as received at County.
P - Letter of thanks from the Holmwick Sea Cadets for the branch’s help with their Trafalgar parade.
P - Letter from County about the centenary commemorations for Passchendaele in the autumn.
P - Invitation from the Mayor to the Commonwealth Day flag raising – replied giving numbers.
P - Donations received from the Rotary quiz and from the funeral of Mr Frank Ellery – thanks letters sent.
P - Request for Poppy boxes from the new garden centre on Mill Road – passed to Sonia.
H 6.0 Treasurer’s report
P The Treasurer reported balances of £4,118.62 in the current account and £6,250.00 on deposit. The Poppy Appeal accounts have been sent to County. The report was accepted.
H 7.0 Poppy Appeal
P Sonia reported that the 2016 appeal had closed at £18,904.37, the best total for the branch since 2009. She thanked the collectors and asked that a letter of thanks go to the two supermarkets.
H 8.0 Welfare
P Two cases have been referred to County caseworkers; details withheld.
H 9.0 Membership
P Mr. Tandy reported 212 members, of whom 9 are in arrears with subscriptions.
H 10.0 Branch minute books
P The Secretary reported that the typed copies of the branch minute books from 1927 to 1963, made from the handwritten originals by the late George Pell in the 1980s, contain a number of copying errors in names and dates. It was agreed that M Howarth and J Heslop would compare the typed copies with the originals, a volume at a time, and that a corrected copy would then be given to the town museum.
H 11.0 AOB
P Mr. G Roper asked that the branch standard be re-fringed before Remembrance. Chairman to obtain quotes.
H 12.0 Date of next meeting
P Tuesday 9th May 2017 at 8:00pm, Tanyard Hall.
S 8
P The meeting closed at 9:35pm.
