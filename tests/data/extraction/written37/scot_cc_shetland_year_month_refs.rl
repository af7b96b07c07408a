@title Brekkasund Community Council - Minutes 25 September 2014
@font Helvetica
@fontsize 10.5
@numcol 26
@footer Brekkasund CC Minutes 25/09/14||Page {page} of 2
HC Brekkasund Community Council
S 4
HC MINUTES OF A MEETING HELD IN NORVOE PUBLIC HALL ON THURSDAY 25TH SEPTEMBER 2014 AT 7.30PM
S 8
R 2014/09/01 | <b>PRESENT</b>
R  | Mr T Halcrow, Chairman<br/>Mrs P Sinclair, Vice Chairman<br/>Ms L Inkster<br/>Mr G Jamieson<br/>Mr A Nicolson<br/>Mr R Tulloch
R 2014/09/02 | <b>IN ATTENDANCE</b>
R  | Mr J Isbister, Ward Councillor<br/>Ms C Leask, Community Development Officer<br/>Mrs E Rendall, Clerk
R 2014/09/03 | <b>CIRCULAR</b>
R  | The circular calling the meeting was held as read.
R 2014/09/04 | <b>APOLOGIES</b>
R  | Apologies for absence were intimated on behalf of Mr W Anderson and Mrs J Gifford.
R 2014/09/05 | <b>MINUTES OF THE LAST MEETING</b>
R  | The Minutes of the meeting held on 28th August 2014 were approved on the motion of Mr R Tulloch and seconded by Ms L Inkster.
R 2014/09/06 | <b>DECLARATIONS OF INTEREST</b>
R  | Mr G Jamieson declared an interest in planning application 8.2 as the applicant is a close relative, and left the meeting while it was discussed.
R 2014/09/07 | <b>MATTERS ARISING</b>
R  | 7.1 Ollaby Road – Passing Places – The Chairman reported that the Roads Service had marked out two new passing places between Ollaby and the Grinnister junction and that the work should be finished before the winter. Mr J Isbister said that a third passing place at the Burn of Vatster had been added to next year’s programme. Noted.
R  | 7.2 Norvoe Pier – Lighting – The Clerk has received a reply from the Ports Department stating that a replacement light for the pier head is on order. Mr A Nicolson said that fishermen had been landing in the dark for three months and the light was a safety matter. Members agreed that the Clerk write again asking for a date for the installation.
R  | 7.3 Kirkasetter Bus Shelter – Mrs P Sinclair reported that the broken window in the shelter had been replaced. Noted.
R 2014/09/08 | <b>PLANNING APPLICATIONS</b>
R  | The following applications were considered:
R  | 8.1 2014/246/PPF – Erection of dwellinghouse, Gardie, Kirkasetter – no objections.
R  | 8.2 2014/251/PCD – Installation of 15kW wind turbine, Upper Toft, Ollaby – Ms L Inkster said that the turbine would be visible from most of the houses in Ollaby but was smaller than the one refused last year. Members agreed to raise no objection but to ask that the access track be reinstated after construction.
R 2014/09/09 | <b>CORRESPONDENCE</b>
R  | 9.1 Letter from the Community Planning Partnership about the winter resilience plan – noted.
R  | 9.2 E-mail from the Islands Transport Forum asking each community council to nominate a representative. Members agreed to nominate Ms L Inkster.
R  | 9.3 Letter from Norvoe Public Hall Committee thanking members for the grant towards the new kitchen – noted.
R 2014/09/10 | <b>FINANCE</b>
R  | The Clerk reported that the balance in the bank account at 19th September 2014 was £6,214.55. Members approved the following payments:
R  | Clerk’s salary (July – September) £420.00<br/>Norvoe Public Hall – hire of hall £24.00<br/>Grinnister Garage – strimming at Kirkasetter cemetery £180.00
R 2014/09/11 | <b>COMMUNITY COUNCIL GRANT SCHEME</b>
R  | Ms C Leask explained the new guidance for the grant scheme. Two applications were considered:<br/>Brekkasund Junior Up Helly Aa – £200 towards costumes – approved.<br/>Ollaby Playgroup – £350 towards outdoor toys – approved.
R 2014/09/12 | <b>ANY OTHER BUSINESS</b>
R  | Mr R Tulloch asked whether anything could be done about the abandoned cars at the Norvoe road end. The Clerk will contact the Environmental Health Service.
R 2014/09/13 | <b>DATE OF NEXT MEETING</b>
R  | Thursday 30th October 2014 at 7.30pm in Kirkasetter Hall.
S 24
P Chairman ………………………………………          Date ………………………
