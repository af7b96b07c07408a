@title Cemetery Committee Minutes March 1989
@font Times-Roman
@fontsize 13
@header_first  
@header Cemetery Committee Minutes||Page {page}
HC MINUTES OF THE CEMETERY COMMITTEE SPECIAL MEETING
HC HELD ON MARCH 9, 1989
S 8
P PRESENT: Chairman Woodrow Pettis, Eunice Halvorsen, Dewey Marchbanks, Lorene Tibbs, and Opal Wingate; Commissioner Lamar Rusk, Street Supervisor Carl Odom, and Deputy Clerk Nadine Grice.
P Chairman Pettis opened the meeting at 7:30 P.M. He stated that the special meeting had been called so that the bids for the Cedar Rest extension fence could go to the City Commission on March 21.
P Copies of the February 16, 1989 minutes had been mailed out. Mrs. Tibbs moved their approval; Mr. Marchbanks seconded, and the motion carried unanimously.
P Three bids were received for 410 feet of six-foot chain-link fence along the east line of the Cedar Rest extension:
P &nbsp;&nbsp;&nbsp;&nbsp;1) Suncrest Fence Co. - $4,920.00<br/>&nbsp;&nbsp;&nbsp;&nbsp;2) Verity Lumber &amp; Supply - $5,385.50<br/>&nbsp;&nbsp;&nbsp;&nbsp;3) R. L. Gaskins - $6,100.00 (including gate)
P Mr. Odom recommended the low bid and said the Street Department could set the gate itself. Mrs. Wingate moved to recommend the bid of Suncrest Fence Co. to the City Commission, seconded by Mrs. Halvorsen. Motion carried 4-1, Mr. Marchbanks voting no because he preferred galvanized posts.
P Commissioner Rusk told the committee that the Commission would take up the recommendation on March 21 and thanked the members for meeting on short notice.
P The meeting adjourned at 8:15 P.M.
S 10
P Respectfully submitted,
S 16
P Nadine Grice, Deputy Clerk
PB
HC MINUTES OF THE CEMETERY COMMITTEE MEETING
HC HELD ON MARCH 16, 1989
S 8
P PRESENT: Chairman Woodrow Pettis, Eunice Halvorsen, Dewey Marchbanks, Lorene Tibbs, and Opal Wingate; Street Supervisor Carl Odom and Deputy Clerk Nadine Grice.
P Chairman Pettis opened the meeting at 7:32 P.M.
P On motion of Mr. Marchbanks, seconded by Mrs. Tibbs, the minutes of the special meeting of March 9, 1989 were approved as distributed.
P Chairman Pettis said the committee should agree tonight what its first report to the City Commission would contain. He read out the points members had settled on:
P &nbsp;&nbsp;&nbsp;&nbsp;1 - Raise the price of spaces at Cedar Rest from $295 to $350.<br/>&nbsp;&nbsp;&nbsp;&nbsp;2 - Charge $25.00 to stake out a grave and $25.00 to set a marker.<br/>&nbsp;&nbsp;&nbsp;&nbsp;3 - Adopt the revised rules for plantings and decorations.<br/>&nbsp;&nbsp;&nbsp;&nbsp;(Mrs. Halvorsen asked that artificial flowers be allowed year round<br/>&nbsp;&nbsp;&nbsp;&nbsp;in the old section. Members agreed.)<br/>&nbsp;&nbsp;&nbsp;&nbsp;4 - Pave the loop road in the old section when funds allow.
P The committee agreed to send these recommendations to the Commission with these minutes.
P Mr. Odom reported that the loop road in the old section had washed out again in the February rains. He will get a price for shell rock to patch it until it can be paved.
P Deputy Clerk Grice reported 11 interments in January and February and the sale of six spaces, all in the Cedar Rest extension.
P Mrs. Wingate raised the question of people who wish to sell spaces back to the City. It was agreed that the resale policy would be the main item at the next meeting, and Mrs. Wingate offered to bring copies of the policies of two neighboring cities.
P The next meeting was set for April 20, 1989 at 7:30 P.M. in the Conference Room at City Hall.
P The meeting adjourned at 8:50 P.M.
S 10
P Respectfully submitted,
S 16
P Nadine Grice, Deputy Clerk
