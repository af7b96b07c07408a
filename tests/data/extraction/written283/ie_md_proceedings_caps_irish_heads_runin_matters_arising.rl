@title Minutes Kilbrannagh MD March 2016
@font Helvetica
@fontsize 10.5
@footer {page}
H MINUTES OF PROCEEDINGS AT MEETING OF THE KILBRANNAGH MUNICIPAL DISTRICT, HELD AT TOBAR HOUSE ON MONDAY 7th MARCH, 2016.
S 4
P <b>Present:</b> Councillors M. Ó Ceallaigh (Cathaoirleach), B. Twomey, R. Canniffe, D. Hourihane, E. Madden, T. Lehane &amp; F. Scully.
P <b>Officials Present:</b> Mr. C. Buckley, Municipal District Officer Mr. J. Daly, Senior Executive Engineer Ms. N. Fennessy, Executive Engineer Ms. L. Kiely, Kilbrannagh Municipal District
P An apology for his inability to attend was received from Mr. D. Horgan, Senior Executive Officer.
P The meeting began with a moments’ reflection.
S 4
P <b>1. DEIMHNIÚ MIONTUAIRISCÍ:</b> On the proposal of Cllr. R. Canniffe, seconded by Cllr. E. Madden, the Minutes of Monthly Meeting held on Monday 1st February, 2016, were adopted.
P On the proposal of Cllr. E. Madden, seconded by Cllr. R. Canniffe, the Minutes of In Committee Meeting held on Monday 15th February, 2016, were adopted.
P <b>2. MATTERS ARISING:</b>
P <b>Parking Bye-Laws, Quay Street:</b> C. Buckley stated that the draft bye-laws had been returned by the Law Agent with minor amendments and would be brought back to the members at the April meeting. Cllr. Twomey asked that the loading bay outside the creamery shop be kept in the revised map.
P <b>Traffic Calming, Chapel Road:</b> 1. Scoil Bhríde – J. Daly stated that the flashing amber signs had been ordered and would be in place before the Easter holidays. 2. Glebe Heights – J. Daly stated that new yellow box markings would be laid at the entrance once the weather allowed. Cllr. Hourihane welcomed the works and asked that the residents’ association be kept informed.
P <b>Christmas Lights Grant:</b> C. Buckley stated that all seven towns and villages had submitted their claims and that payment would issue within the month.
P <b>3. SCHEDULE OF MUNICIPAL DISTRICT WORKS 2016:</b> J. Daly presented the draft Schedule of Municipal District Works for 2016, which had been circulated with the agenda. The schedule provided for resurfacing on eleven regional and local roads, surface dressing on a further nine, and drainage works at Coolnaveagh and Inchacoosh. Cllr. Lehane queried why the Knockaneroe road had been left off the list again. N. Fennessy replied that the road had been assessed in January and would be the first road added if any savings arose during the year. On the proposal of Cllr. T. Lehane, seconded by Cllr. F. Scully, the Schedule of Municipal District Works 2016 was adopted.
P <b>4. GENERAL MUNICIPAL ALLOCATION 2016:</b> C. Buckley outlined the proposed distribution of the General Municipal Allocation between community contracts, amenity grants, festivals and town enhancement. Members discussed the amount set aside for the tidy towns groups and agreed that it should be kept at last year’s level. It was proposed by Cllr. D. Hourihane, seconded by Cllr. B. Twomey and resolved: “That the General Municipal Allocation for 2016 of €212,400 be approved as set out in the report circulated.”
P <b>5. Proposed Part 8 – Footpath and Public Lighting Scheme, Clashnagower Road</b>
P The members agreed to hear from the Traffic and Transportation Section on the proposed footpath and public lighting scheme. Mr. K. Nagle gave details of the scheme, which would provide 1.2km of new footpath, twenty-six public lights and two uncontrolled crossing points between the national school and the village centre. Cllr. Madden welcomed the scheme and asked when construction might start. Mr. Nagle replied that if the Part 8 process concluded by June the works could go to tender in the autumn. On the proposal of Cllr. E. Madden, seconded by Cllr. R. Canniffe, it was agreed to start the Part 8 process.
P <b>6. AMENITY GRANTS 2016:</b> The list of applications received to the closing date of 19th February was circulated. C. Buckley stated that thirty-one applications had been received and that recommendations would be presented at the next meeting. The report was noted.
P <b>7. NOTICE OF MOTION IN THE NAME OF CLLR. T. LEHANE:</b>
P “That Kilbrannagh Municipal District requests the Roads Section to carry out a speed survey on the regional road at Ballinafeeha Cross and to report back to this District.”
P Cllr. Lehane spoke of the number of near misses at the junction since the quarry reopened. C. Buckley stated that a survey could be carried out in April and the results brought to the May meeting. The motion was seconded by Cllr. Ó Ceallaigh and adopted.
P <b>8. CORRESPONDENCE:</b> The correspondence as listed on the agenda was noted.
P <b>9. ANY OTHER BUSINESS:</b> Cllr. Canniffe raised the condition of the public toilets at the pier and asked that the opening hours be extended for the summer. C. Buckley stated that he would examine the cost of extended opening. Cllr. Scully asked for an update on the playground at Inchacoosh. J. Daly stated that the surfacing contractor was due on site in the week of 21st March.
P <b>10. VOTES OF CONGRATULATIONS:</b> The members extended their congratulations to Kilbrannagh Rowing Club on winning the national junior sculling title, and to the staff of the District Office on the completion of the new reception area.
S 6
P This concluded the business of the meeting.
S 18
P ____________________________ Cathaoirleach
S 10
P ____________________________ Date
