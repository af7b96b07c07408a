@title Kilbrannagh-Dromcullen MD Minutes June 2016
@font Times-Roman
@fontsize 11
@header 22nd June 2016.||Kilbrannagh
@footer {page}
HC MINUTES OF THE JUNE MONTHLY MEETING OF THE KILBRANNAGH-DROMCULLEN MUNICIPAL DISTRICT WHICH WAS HELD IN THE DISTRICT OFFICES, ABBEY STREET, KILBRANNAGH ON WEDNESDAY 22ND JUNE, 2016.
S 6
G <b>Present:</b> | Councillor Eamon Tobin, Cathaoirleach, presided. Councillors Mairéad Guiry, Noel Cashin, John Meagher, Pádraig Hogan, Kathleen Dwan and Seán Ryall.
G <b>Also Present:</b> | Declan Ruane, District Administrator. Ciarán Fogarty B.E., District Engineer. Siobhán Carey, Economic Development Officer. Gráinne Lonergan, Meetings Administrator. Liam Phelan, Staff Officer.
G <b>Apologies:</b> | Councillor Tom Carrigan.
S 6
P <b>Votes of Sympathy:</b> Votes of sympathy were extended to the family of the late Mr. Patrick Hennessy, Castle Road, Kilbrannagh, former caretaker of the District Offices, and to Councillor Kathleen Dwan on the death of her aunt, Mrs. Nora Keating. The Members stood for a minute's silence.
P <b>1. Adoption of Minutes.</b> It was proposed by Councillor M. Guiry, seconded by Councillor N. Cashin and resolved:
P "That the Minutes of the Monthly Meeting which was held on 25th May, 2016 be adopted as a true record of the business transacted at the meeting."
P <b>2. Matters arising from the Minutes:</b>
TH Item | Response
T The request from the Church Hill residents to have the lane lighting repaired. | The repair has been logged with the public lighting contractor and will be completed by the end of July.
T Relocation of the recycling bring bank at Ballyshanagh. | i. Two alternative sites have been examined. ii. The Council will consider any site proposed by the community group.
T Speed ramps at Dromcullen National School. | The design has been sent to the school board of management for comment.
P Councillor J. Meagher asked that the bring bank item be kept on the agenda until a site was agreed. The District Administrator confirmed that it would.
P <b>3. Community &amp; Enterprise Function.</b> Ms. Siobhán Carey, Economic Development Officer, gave a presentation on the Town and Village Renewal Scheme and the LEADER programme for 2016 and outlined the closing dates for applications. Councillor P. Hogan asked whether community groups could apply jointly with the Municipal District. Ms. Carey confirmed that joint applications were welcome. Councillor K. Dwan welcomed the scheme and asked that information evenings be held in Dromcullen as well as Kilbrannagh. The Cathaoirleach thanked Ms. Carey for her presentation.
P <b>4. Schedule of Municipal District Works 2016.</b> Mr. Ciarán Fogarty, District Engineer, presented the Schedule of Municipal District Works for 2016 which had been circulated with the agenda. The Schedule provides for road restoration works on 14.6 kilometres of regional and local roads. Councillor S. Ryall asked that the Glebe Road be included in next year's programme. Following discussion it was proposed by Councillor P. Hogan, seconded by Councillor J. Meagher and resolved:
P "That the Schedule of Municipal District Works 2016 be adopted."
P <b>5. Disposal of Property.</b> Notice under Section 183 of the Local Government Act, 2001 of the proposed disposal of 0.12 hectares at Ballyshanagh to Ballyshanagh Community Games for the sum of €1,500 had been circulated. It was proposed by Councillor K. Dwan, seconded by Councillor S. Ryall and resolved:
P "That the disposal of 0.12 hectares at Ballyshanagh to Ballyshanagh Community Games be approved in accordance with the notice circulated."
P <b>6. Taking in Charge of Estates.</b> The District Administrator reported on the status of the four estates awaiting taking in charge in the District. The Members noted the report.
P <b>7. Notice of Motion - Councillor J. Meagher.</b> Councillor Meagher spoke to the following motion, which was seconded by Councillor N. Cashin:
P "That this Municipal District calls on the National Transport Authority to restore the evening bus service between Kilbrannagh and Dromcullen."
P Councillor Meagher outlined the difficulties faced by students and shift workers since the service was withdrawn in March. Following discussion it was proposed by Councillor J. Meagher, seconded by Councillor N. Cashin and resolved that the motion be adopted.
P <b>8. Correspondence.</b> Letter from the Department of Transport, Tourism and Sport acknowledging the Municipal District's resolution on rural bus services. Letter from Dromcullen Tidy Towns thanking the Members for their support. The correspondence was noted.
P <b>9. Any Other Business.</b>
P (a) <b>Flooding at Mill Road:</b> Councillor N. Cashin raised flooding at Mill Road after the heavy rain on 14th June. The District Engineer stated that a new gully would be installed in July.
P (b) <b>Kilbrannagh Summer Festival:</b> Councillor M. Guiry congratulated the festival committee on the programme for July and asked that the street sweeper be available on the Sunday. The District Engineer agreed to arrange this.
P This concluded the business of the meeting.
S 14
P Signed: ______________________ Cathaoirleach &nbsp;&nbsp;&nbsp; Date: ______________
