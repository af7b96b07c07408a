@title Westmarch County Council minutes 12 February 2020
@font Helvetica
@fontsize 10
@footer Minutes subject to their acceptance as a correct record at the next meeting // - {page} -
HC WESTMARCH COUNTY COUNCIL
S 4
P <b>MINUTES</b> of the meeting of the County Council held on Wednesday 12 February 2020 at 10.00 am in the Council Chamber, Shire Hall, Kingsmarle.
P <b>PRESENT:</b> Cllr Julian Tewsley (Chair), Cllr Sarah Mottram (Vice-Chair), Cllr Dawn Ackroyd, Cllr Robert Beddoe, Cllr Ian Carless, Cllr Fiona Daunt, Cllr Martin Elphick, Cllr Gareth Fosbrooke, Cllr Anne Gilder, Cllr Peter Halse, Cllr Naseem Iqbal, Cllr Clive Jellicoe, Cllr Paula Kitto, Cllr Trevor Lacey, Cllr Hugh Mumford, Cllr Jenny Nethercott, Cllr Owen Pargeter, Cllr Ruth Quennell, Cllr Simon Rendle, Cllr Tessa Scudamore, Cllr Wayne Tolley, Cllr Bill Underhill and Cllr Lesley Varnham.
P <b>Apologies:</b> Cllr Keith Wagstaffe and Cllr Joy Yeandle.
H 45. MINUTES
P RESOLVED that the minutes of the meeting held on 11 December 2019 be confirmed as a correct record and signed by the Chair.
H 46. DECLARATIONS OF INTEREST
P Cllr Clive Jellicoe declared a disclosable pecuniary interest in minute 51 as his employer holds a highways maintenance contract with the Council. He left the Chamber for that item.
P Cllr Naseem Iqbal declared a personal interest in minute 53 (Motion 822) as a school governor.
H 47. CHAIR'S ANNOUNCEMENTS
P The Chair welcomed Cllr Bill Underhill to his first meeting following his election in the Marlcombe division on 23 January.
P The Chair reminded members that the meeting was being webcast, and that public questions and member questions, with the answers, had been published on the Council's website the previous day.
H 48. PUBLIC QUESTIONS
P Nine public questions had been received. The questions and answers were circulated at the meeting. The following supplementary questions were asked:
P Question 2 – Mrs Eleanor Stacey asked when the Council would reply to the petition from Hollybrook parents about the closure of the school crossing at Vicarage Road. Cllr Paula Kitto replied that a reply had been sent that morning and that the crossing would be reinstated while the review was completed.
P Question 5 – Mr Keith Harland asked whether the Council would publish the number of potholes reported in each division. Cllr Owen Pargeter replied that the figures were on the Council's website but that he would ask for them to be set out by division.
P Question 9 – Ms Priti Shah was not present and a written answer would be sent.
H 49. MEMBER QUESTIONS
P Fourteen member questions had been received. The following supplementary questions were asked:
P Question 1 – Cllr Anne Gilder stated that the waste strategy had been delayed twice and asked the Leader whether he would now commit to a date for the new recycling centre at Coldharbour. Cllr Hugh Mumford replied that the planning application would be submitted in the spring and that he would not give a date for opening until permission had been granted.
P Question 4 – Cllr Trevor Lacey asked whether the Cabinet Member would meet the parish councils affected by the closure of the Stowbridge library. Cllr Paula Kitto agreed to meet them before the end of March.
P Question 7 – Cllr Ian Carless asked that the figures for agency social workers be broken down by team. Cllr Jenny Nethercott replied that she would provide the breakdown in writing.
P Cllr Robert Beddoe raised a point of order, asking whether a supplementary question could be put on behalf of a member who was absent. The Chair ruled that it could not, under Standing Order 11.6.
H 50. PETITIONS
P There were no petitions.
H 51. COUNCIL STRATEGY AND BUDGET 2020/21
P Cllr Clive Jellicoe, having declared an interest, left the Chamber.
P Cllr Hugh Mumford, Leader of the Council, moved the Cabinet's recommendations in the report, and Cllr Martin Elphick, Cabinet Member for Finance, seconded them. The proposals included a council tax increase of 3.99%, of which 2% was the adult social care precept, and investment of £6.5 million in highways.
P Cllr Anne Gilder moved the amendment of the Liberal Democrat Group, seconded by Cllr Ian Carless, to transfer £800,000 from the highways capital programme to the youth service and bus subsidies. Cllr Elphick responded to the amendment on behalf of the Cabinet.
P In accordance with the regulations on recorded votes at budget meetings, the vote on the amendment was recorded as follows:
G For (9): | Cllrs Ackroyd, Beddoe, Carless, Daunt, Gilder, Lacey, Quennell, Scudamore and Varnham
G Against (12): | Cllrs Elphick, Fosbrooke, Halse, Iqbal, Kitto, Mottram, Mumford, Nethercott, Pargeter, Rendle, Tewsley and Tolley
G Abstentions (1): | Cllr Underhill
P The amendment was LOST.
P The substantive motion was then put to the vote and recorded as follows:
G For (13): | Cllrs Elphick, Fosbrooke, Halse, Iqbal, Kitto, Mottram, Mumford, Nethercott, Pargeter, Rendle, Tewsley, Tolley and Underhill
G Against (9): | Cllrs Ackroyd, Beddoe, Carless, Daunt, Gilder, Lacey, Quennell, Scudamore and Varnham
G Abstentions (0): | 
P The motion was CARRIED, and it was
P RESOLVED to:
P (a) approve a net revenue budget for 2020/21 of £472.3 million;
P (b) approve a council tax precept of £1,387.46 for a band D property, an increase of 3.99%;
P (c) approve the capital programme for 2020/21 to 2022/23 as set out in Annex 4.
P Cllr Jellicoe returned to the Chamber.
P The meeting adjourned at 12.55 pm and reconvened at 1.40 pm. The Chair having left the meeting, the Vice-Chair, Cllr Sarah Mottram, took the chair for the remainder of the meeting.
H 52. TREASURY MANAGEMENT STRATEGY 2020/21
P Cllr Martin Elphick moved the recommendations, which were seconded by Cllr Simon Rendle.
P RESOLVED that the Treasury Management Strategy and the Minimum Revenue Provision policy for 2020/21 be approved.
H 53. NOTICES OF MOTION
P <b>Motion 821 – Verges for wildlife</b>
P Cllr Fiona Daunt proposed and Cllr Tessa Scudamore seconded the motion as set out in the agenda, asking the Cabinet to adopt a reduced mowing regime on rural verges from 2020. Cllr Owen Pargeter moved an amendment, seconded by Cllr Wayne Tolley, to add "where this is consistent with road safety sight lines". Cllr Daunt accepted the amendment, which became part of the motion.
P The motion as amended was put to the vote and CARRIED unanimously.
P <b>Motion 822 – School crossing patrols</b>
P Cllr Trevor Lacey proposed and Cllr Ruth Quennell seconded the motion as set out in the agenda, calling on the Council to guarantee funding for every school crossing patrol for the life of the Council. Cllr Paula Kitto spoke against the motion, saying that the review of crossings was not yet complete.
P On being put to the vote the motion was LOST.
H 54. REPORT OF THE STANDARDS COMMITTEE
P Cllr Peter Halse, Chair of the Standards Committee, presented the annual report of the committee.
P The report was noted.
S 6
P The meeting closed at 3.05 pm.
S 10
P CHAIR
