@title Parks & Recreation Meeting Minutes 08-06-03
@font Helvetica
@fontsize 10.5
@header Parks & Recreation Meeting Minutes 08-06-03 || Page {page}
@header_first  
HC CITY OF LARCHMERE
HC PARKS & RECREATION COMMITTEE
HC MEETING MINUTES
HC WEDNESDAY, AUGUST 6, 2003
S 6
H I. CALL TO ORDER
P Chairperson Reinholt called the meeting of the Parks & Recreation Committee to order at 7:00 p.m. in the Council Chambers of Larchmere City Hall.
H II. ROLL CALL
P Present: Chairperson Kathleen Reinholt, Committee Members Gary Seeley, Donna LaPointe, Marcus Anders, Richard Amundsen and Andrea Zielke. Council Member Lindgren, Council Liaison. Public Works Director Tom Paulsen.
P Absent: Committee Member Jean Okerlund.
H III. APPROVAL OF MINUTES
P Motion by Committee Member Seeley to approve the minutes of the July 2, 2003 meeting as presented, seconded by Committee Member LaPointe. All in Favor: Motion carried unanimously.
H IV. APPEARANCES
P Council Member Okonkwo was unable to attend the meeting, but asked that the following information be passed on to the committee. Chairperson Reinholt read the note to the committee:
I The Holy Cross parish festival committee has asked whether the City Parks & Recreation Committee would take part in, or sponsor, an activity at the Snow Days celebration in January. I will be speaking with the festival chair and will let you know what they have in mind.
H V. COMMITTEE BUSINESS
P <u>Oath of Office.</u> Mr. Richard Amundsen and Ms. Andrea Zielke were sworn in as Parks & Recreation Committee Members by Council Member Lindgren.
P <u>Vice-Chairperson Nomination</u>
P Committee Member Seeley nominated Committee Member LaPointe for the position of Vice-Chairperson. Committee Member Anders seconded the motion. All in Favor: Motion carried unanimously. Committee Member LaPointe accepted the position.
P <u>Capital Improvement Goals - 5 Year Plan / 2004 Budget</u>
P Committee Member LaPointe supplied the committee with a draft document combining the 2003 Parks & Recreation budget with new figures from the Finance Director and the Public Works Director. The committee went through the draft line by line to set priorities for the next five years. Replacement of the warming house at Eastlake Park and new backstops at Wheelock Fields were placed first and second.
P Council Member Lindgren stated that she will ask the Finance Director to review the committee's proposed budget before the City Council's budget work session on September 9, 2003.
P Motion by Committee Member Anders to forward the draft 5 Year Plan and 2004 budget requests to the City Council, seconded by Committee Member Zielke. All in Favor: Motion carried unanimously.
P <u>Snow Days Sponsorship</u>
P The committee discussed the request passed on under Appearances. Committee Member Amundsen suggested a sledding event on the hill at Eastlake Park. No action was taken until Council Member Okonkwo reports back.
H VI. STAFF REPORT
P Public Works Director Paulsen reported that the irrigation system at Wheelock Fields had been repaired and that the tennis court resurfacing at Jonquil Park will be finished by August 22, 2003, weather permitting.
H VII. ADJOURNMENT
P Motion by Committee Member Zielke to adjourn the meeting at 8:47 p.m., seconded by Committee Member Seeley. All in Favor: Motion carried unanimously.
S 10
P Respectfully submitted,
P Donna LaPointe
P Recording Secretary
