@title Staplewick Parish Council minutes October 2018
@fontsize 10.5
@numcol 17
@footer {page}
HC Parish Council
S 4
P Minutes of a meeting of Staplewick Parish Council held in The Reading Room, Fore Street, Staplewick, on Monday 15th October, 2018.
P Present: Mr H Dyke (Chairman), Mrs S Bisgrove, Mr R Coles, Mr J Pike, Mrs A Tapscott, Mr G Winsor, Ms D Hembrow and Mr K Langdon together with 9 members of the public. In attendance: Mrs C Maidment - Clerk, Cllr M Sellwood - SCC
I Before the meeting opened the Chairman invited members of the public to comment on items on the agenda or to raise matters for a future agenda. Two residents of Orchard Lane spoke about application 31/18/0188 and one about speeding vehicles on the Thornhay road.
R 281/18 | <b>Apologies for Absence</b> Mrs P Govier.
R 282/18 | <b>Declarations of Interest</b> Mr R Coles – item 7a (0188). Mrs A Tapscott – item 7c (0196/T).
R 283/18 | <b>Minutes of the Meeting held on 10th September 2018</b> The minutes of 10th September 2018 were approved and signed by the Chairman once one correction had been made: in 262/18 read – The bus shelter at Cotlake Cross is owned by the Parish Council and not by the County Council.
R 284/18 | <b>Matters Arising</b> Minute 266/18 – The Clerk had written to the electricity company about the leaning pole in Fore Street and a visit was booked for 2nd November. Minute 270/18 – Mr Winsor reported that the new bench on the Green had been installed and thanked the Parish Lengthsman for his help.
R 285/18 | <b>Chairman's Report</b> The Chairman had attended the Vale of Tone parish liaison meeting, where the new Local Plan timetable was set out, and the opening of the refurbished play area at Cotlake. He thanked Mrs Bisgrove for organising the litter pick on 6th October, which had filled 31 sacks.
R 286/18 | <b>County Councillor's Report</b> Cllr M Sellwood - SCC reported that there was no money this year for new footways, so the Thornhay road footway bid would go in again in 2019, and that Staplewick stays on the secondary gritting route.
R 287/18 | <b>Planning Applications</b> The following applications from Vale of Tone Council were considered:
R 288/18 | <b>31/18/0188 Erection of a single storey extension to the rear of Cider Press Cottage, Orchard Lane.</b> Mr Coles left the room. The residents' concerns about loss of light to the neighbouring cottage were noted, but members felt the extension was modest. Resolved: No objection. Mr Coles returned.
R 289/18 | <b>31/18/0191 Replacement of agricultural building with two holiday lets, Higher Ford Farm, Ford Lane.</b> Mr Pike said that Ford Lane was single track with no passing places. Resolved: Object for the following reasons:- 1) The site lies outside the settlement limits and the buildings would not be a conversion but new build. 2) Visibility at the field access is poor in both directions. 3) The proposal would add traffic to a lane used by walkers and horse riders.
R 290/18 | <b>31/18/0196/T Fell one horse chestnut (T3) and reduce one oak (T5) by 30%, protected by TPO VT1043, land at The Paddocks.</b> Mrs Tapscott took no part. Resolved: No objection to the felling of T3, which has bleeding canker, subject to a replacement tree being planted; the Council would prefer a lighter reduction of the oak, in line with the Tree Officer's advice.
R 291/18 | <b>31/18/0150 Two storey extension to the side at 6 Meadow Close. Amended plans.</b> The ridge had been lowered by 0.5m but the footprint was unchanged. Resolved: Maintain the Council's objection, as the amendment does not meet the earlier reasons:- 1) The extension is out of keeping with the street scene. 2) It would leave very little garden, contrary to the Neighbourhood Plan.
R 292/18 | <b>Planning Decisions</b> The following decisions of Vale of Tone Council were noted: 31/18/0142 Garage conversion, 2 Forge Row – Granted. 31/18/0160 New dwelling, land south of Hill Farm – Refused.
R 293/18 | <b>Planning Enforcement</b> Ms Hembrow reported that a large advertising banner had been fixed to the field gate at Cotlake Cross for several weeks. The Clerk was asked to report this to the enforcement team.
R 294/18 | <b>Licensing</b> The Staplewick Inn had applied to vary its premises licence to allow recorded and live music in the garden until 10.30pm on Fridays and Saturdays. Mr Langdon proposed that the Council should not object but should ask for music to be kept indoors after 9.00pm; this was seconded by Mrs Bisgrove and agreed.
R 295/18 | <b>Highways and Footpaths</b> Mr Pike reported that the fingerpost at Ford Cross was missing its arm, and that Footpath T 28/6 was badly overgrown beyond the second stile. Resolved: that the Clerk reports both matters to the County Council Rights of Way Team, and that the Lengthsman is asked to cut back the path if the landowner does not do so by the end of the month.
R 296/18 | <b>Finance</b> Resolved: that the following payments be made – Clerk's salary £298.50, HMRC £74.60, Lengthsman (September) £180.00, Reading Room hire £15.00.
R 297/18 | <b>Date of Next Meeting</b> Monday 12th November 2018 at 7.30pm in the Reading Room.
S 8
P The meeting closed at 9.20pm.
